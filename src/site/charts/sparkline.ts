// A word-sized attendance trend for cards and lists: inline SVG made at build time, so it needs no
// script and prints. It carries its own accessible name (role="img" + <title>); the caller also
// prints the trend in words beside it.
import { type Html, html } from "../html.ts";
import { type Point, pathWithGaps, round } from "./geometry.ts";

export interface SparklineInput {
  values: readonly (number | undefined)[];
  /** The accessible name, e.g. "Typical attendance per quarter: 8, 10, 12". */
  title: string;
}

const W = 96;
const H = 24;
const PAD = 3;

export function sparkline({ values, title }: SparklineInput): Html {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return html``;
  // A sparkline shows the shape of the change, so it spans the values' own range, not 0…max.
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = max - min;
  const yOf = (v: number) => (span === 0 ? H / 2 : H - PAD - ((v - min) / span) * (H - 2 * PAD));
  const step = values.length > 1 ? (W - 2 * PAD) / (values.length - 1) : 0;
  const points = values.map((v, i): Point | undefined =>
    v === undefined ? undefined : { x: values.length > 1 ? PAD + i * step : W / 2, y: yOf(v) },
  );
  const last = [...points].reverse().find((p) => p !== undefined)!;
  return html`<svg class="sparkline" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" focusable="false"><title>${title}</title><path class="sparkline__line" d="${pathWithGaps(points)}" fill="none"/><circle class="sparkline__dot" cx="${round(last.x)}" cy="${round(last.y)}" r="2.5"/></svg>`;
}
