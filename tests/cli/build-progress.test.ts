// A build says each phase as it finishes, on stderr, with counts and times, and nothing from
// Eleventy that contradicts them; --quiet says none of it. Stdout keeps only the result line.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { MARKER } from "../../src/cli/output-target.ts";
import { describe, expect, it } from "vitest";
import { progressLines } from "../../src/cli/progress.ts";
import { buildInto } from "../helpers/build.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";

const TIME = String.raw`\(\d+\.\d\d s\)`;

/** The files a build writes itself: all but Pagefind's, the copied stylesheet and script, and groups' copied assets. */
async function pagesIn(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const rel = files.map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
  return rel.filter((f) => !/^(?:pagefind|assets)\//.test(f) && !/^groups\/[^/]+\/assets\//.test(f) && f !== MARKER).length;
}

describe("sigreport build's progress", () => {
  it("sigreport build prints loaded, checked, views, pages written and search index, one line each, in that order", async () => {
    const run = await buildInto(EXAMPLE_CONTENT);
    expect(run.status).toBe(0);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(new RegExp(`^loaded 1 report of 1 group ${TIME}$`));
    expect(lines[1]).toMatch(new RegExp(`^checked: no problems found ${TIME}$`));
    expect(lines[2]).toMatch(new RegExp(`^views: 1 group, \\d+ quarters, \\d+ people ${TIME}$`));
    expect(lines[3]).toMatch(new RegExp(`^wrote \\d+ pages ${TIME}$`));
    expect(lines[4]).toMatch(new RegExp(`^search index: \\d+ pages ${TIME}$`));
    expect(run.stderr).not.toContain("[11ty]");
    expect(run.stdout).toMatch(/^Built 1 report of 1 group into .+ in [\d.]+ s\.\n$/);
    // The count is of the pages really written, Eleventy's single pages and the plugin's together.
    expect(Number(/^wrote ([\d,]+) pages/.exec(lines[3]!)![1]!.replace(/,/g, ""))).toBe(await pagesIn(run.output));
  });

  it("sigreport build --quiet (and -q) prints no progress, only the result", async () => {
    for (const flag of ["--quiet", "-q"]) {
      const run = await buildInto(EXAMPLE_CONTENT, [flag, "--no-search"]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
    }
  });

  it("each line's time is the time since the previous line", () => {
    const times = [1000, 1250, 4250];
    const lines: string[] = [];
    const progress = progressLines((l) => lines.push(l), undefined, () => times.shift()!);
    progress.done("loaded 2 reports");
    progress.done("checked");
    expect(lines).toEqual(["loaded 2 reports (0.25 s)", "checked (3.00 s)"]);
  });
});
