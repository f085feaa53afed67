// Colour on a terminal only, and as NO_COLOR / FORCE_COLOR ask; the words are the same either way.
import { describe, expect, it } from "vitest";
import { colourWanted } from "../../src/cli/colour.ts";
import { runCli } from "../helpers/build.ts";
import { makeContent } from "../helpers/content.ts";

const ESC = "\u001b[";

describe("colour", () => {
  it("is on for a terminal, off for a pipe; FORCE_COLOR wins over NO_COLOR and TERM=dumb", () => {
    expect(colourWanted({ isTTY: true }, {})).toBe(true);
    expect(colourWanted({ isTTY: false }, {})).toBe(false);
    expect(colourWanted({}, {})).toBe(false);
    expect(colourWanted({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colourWanted({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
    expect(colourWanted({ isTTY: true }, { TERM: "dumb" })).toBe(false);
    expect(colourWanted({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(colourWanted({ isTTY: false }, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true);
    expect(colourWanted({ isTTY: true }, { FORCE_COLOR: "0" })).toBe(false);
  });

  it("sigreport check colours errors when FORCE_COLOR is set, and prints the same words plain in a pipe", async () => {
    const dir = await makeContent({ "groups/test/2019-Q2.md": "---\nquarter: 2019-Q1\n---\n" });
    const piped = runCli(["check", dir]);
    const plainRun = runCli(["check", dir], { NO_COLOR: "1" });
    const coloured = runCli(["check", dir], { FORCE_COLOR: "1" });
    expect(plainRun.status).toBe(1);
    expect(coloured.status).toBe(1);
    expect(plainRun.stdout).not.toContain(ESC);
    expect(coloured.stdout).toContain(`${ESC}31merror${ESC}39m`);
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, "")).toBe(plainRun.stdout);
    expect(piped.stdout).toBe(plainRun.stdout);
    expect(piped.stdout).toContain(":2:10 error quarter: ");
  });
});
