// The accent's contrast check: WCAG's formula, the backgrounds it is checked on (the same as
// site.css's tokens), and a suggestion that really passes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AA_TEXT, BACKGROUNDS, accentContrastFailure, contrastRatio, ratioLabel, softTint } from "../../src/model/contrast.ts";

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
    // WebAIM's reference values
    ["#767676", "#ffffff", 4.54],
    ["#777777", "#ffffff", 4.48],
    ["#0000ff", "#ffffff", 8.59],
  ])("%s on %s is %s:1", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });

  it("rounds a label down, so a failing ratio never reads as 4.50:1", () => {
    expect(ratioLabel(4.4999)).toBe("4.49:1");
  });
});

describe("accentContrastFailure", () => {
  it("passes sigreport's own accents", () => {
    expect(accentContrastFailure("#1d5bb8", "light")).toBeUndefined();
    expect(accentContrastFailure("#84b4ff", "dark")).toBeUndefined();
  });

  it.each([
    ["#3fae7f", "light"],
    ["#0b7a55", "dark"],
    ["#ffffff", "light"],
    ["#000000", "dark"],
  ] as const)("fails %s in the %s scheme on its worst background, and suggests a colour that passes", (colour, scheme) => {
    const failure = accentContrastFailure(colour, scheme)!;
    expect(failure.ratio).toBeLessThan(AA_TEXT);
    const all = [...Object.values(BACKGROUNDS[scheme]), softTint(colour, scheme)];
    expect(failure.ratio).toBe(Math.min(...all.map((bg) => contrastRatio(colour, bg))));
    expect(accentContrastFailure(failure.suggestion, scheme)).toBeUndefined();
  });
});

it("checks against the backgrounds site.css really uses", () => {
  const css = readFileSync("templates/assets/site.css", "utf8");
  const [light, dark] = css.split("@media (prefers-color-scheme: dark)");
  const token = (block: string, name: string) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(block)?.[1];
  for (const [scheme, block] of [["light", light!], ["dark", dark!]] as const) {
    expect([token(block, "bg"), token(block, "surface"), token(block, "surface-2")]).toEqual(Object.values(BACKGROUNDS[scheme]));
  }
});
