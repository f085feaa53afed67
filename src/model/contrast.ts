// A site's accent colour is the colour of every link, focus ring and chart bar, so it has to be
// readable: WCAG 2.2 AA asks 4.5:1 for text. The accent is checked against each background it is
// shown on, in the colour scheme it is given for, and the check says which background fails, by how
// much, and a nearby colour that passes.

/** The backgrounds links sit on: the --bg, --surface and --surface-2 tokens of templates/assets/site.css. */
export const BACKGROUNDS = {
  light: { page: "#f5f6f8", card: "#ffffff", panel: "#eef1f5" },
  dark: { page: "#0e1217", card: "#161b22", panel: "#1d242d" },
} as const;
export type ColourScheme = keyof typeof BACKGROUNDS;

/** WCAG 2.2 AA for normal-size text. */
export const AA_TEXT = 4.5;
/** The share of the accent in its soft tint (tag chips, a targeted session), laid on the card colour. */
const SOFT_SHARE = 0.12;

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** https://www.w3.org/TR/WCAG22/#dfn-relative-luminance */
function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function mix(a: string, b: string, shareOfA: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return hex(x.map((c, i) => c * shareOfA + y[i]! * (1 - shareOfA)) as Rgb);
}

/** The accent's soft tint in a scheme: a background the accent itself is written on. */
export function softTint(accent: string, scheme: ColourScheme): string {
  return mix(accent, BACKGROUNDS[scheme].card, SOFT_SHARE);
}

export interface ContrastFailure {
  background: string;
  backgroundName: string;
  ratio: number;
  /** A colour near the accent that passes everywhere in this scheme: darker for light, lighter for dark. */
  suggestion: string;
}

function backgroundsFor(accent: string, scheme: ColourScheme): [string, string][] {
  return [...Object.entries(BACKGROUNDS[scheme]).map(([name, colour]) => [`${scheme} ${name} background`, colour] as [string, string]), [`${scheme} soft tint of the accent`, softTint(accent, scheme)]];
}

/** The worst background the accent fails on in a scheme, or undefined when it passes on all. */
export function accentContrastFailure(accent: string, scheme: ColourScheme): ContrastFailure | undefined {
  const worst = backgroundsFor(accent, scheme)
    .map(([backgroundName, background]) => ({ backgroundName, background, ratio: contrastRatio(accent, background) }))
    .sort((a, b) => a.ratio - b.ratio)[0]!;
  if (worst.ratio >= AA_TEXT) return undefined;
  const towards = scheme === "light" ? "#000000" : "#ffffff";
  let suggestion = accent;
  for (let step = 1; step <= 100; step++) {
    suggestion = mix(towards, accent, step / 100);
    if (backgroundsFor(suggestion, scheme).every(([, bg]) => contrastRatio(suggestion, bg) >= AA_TEXT)) break;
  }
  return { ...worst, suggestion };
}

/** How a ratio reads: 4.5:1 rounded down, so a colour shown as passing never falls short. */
export const ratioLabel = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
