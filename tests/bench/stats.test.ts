// The bench's arithmetic and wording (bench/stats.ts, bench/targets.ts, bench/command.ts); the timings
// themselves are printed by `npm run bench`, never asserted here.
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sigreportCommand } from "../../bench/command.ts";
import { formatSpread, growthExponent, marginalPerThousand, markdownTable, median, mib, millis, ratioLine, spread, targetLine, verdict } from "../../bench/stats.ts";
import { targets } from "../../bench/targets.ts";

describe("median and spread", () => {
  it("takes the middle value of an odd count, whatever the order", () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it("averages the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("refuses an empty list rather than printing NaN", () => {
    expect(() => median([])).toThrow(/no values/);
  });
  it("keeps min, max and the number of runs", () => {
    expect(spread([2.5, 1.25, 4])).toEqual({ median: 2.5, min: 1.25, max: 4, runs: 3 });
  });
  it("prints the range only when there were several runs", () => {
    expect(formatSpread(spread([3.98, 3.8, 4.214]))).toBe("3.98 s (3.80–4.21)");
    expect(formatSpread(spread([1.5]))).toBe("1.50 s");
    expect(formatSpread(spread([0.348, 0.216, 0.396]), millis)).toBe("348 ms (216–396)");
  });
});

describe("targets marked PASS or MISS", () => {
  it("passes at the limit and misses just above it", () => {
    expect(verdict(1.0, 1.0)).toBe("PASS");
    expect(verdict(1.0001, 1.0)).toBe("MISS");
  });
  it("prints a ratio with its target", () => {
    expect(ratioLine("sigreport / plain Eleventy", 3.98, 1.47, 1.0)).toMatch(/ 2\.71×  target ≤ 1\.00×: MISS$/);
    expect(ratioLine("sigreport / floor", 1.2, 0.65, 2.0)).toMatch(/ 1\.85×  target ≤ 2\.00×: PASS$/);
  });
  it("says so when a figure has no target at this size", () => {
    expect(ratioLine("ratio", 1, 2)).toMatch(/0\.50×  \(reported, no target\)$/);
    expect(targetLine("peak", mib(391 * 1024 ** 2))).toMatch(/391 MiB  \(reported, no target\)$/);
  });
  it("adds a note after the verdict", () => {
    expect(targetLine("save → page", "348 ms", { limit: "300 ms", pass: false, note: "216–396 ms" })).toMatch(/target ≤ 300 ms: MISS \(216–396 ms\)$/);
  });
  it("uses the issue's figures at 1,000 and 10,000 reports", () => {
    expect([targets.eleventyRatio(1000), targets.eleventyRatio(10_000)]).toEqual([1.0, 0.75]);
    expect([targets.savePage(1000), targets.savePage(10_000)]).toEqual([0.3, 0.5]);
    expect([targets.saveSite(1000), targets.saveSite(10_000)]).toEqual([1.0, 3.0]);
    expect(targets.peakBytes(1000)).toBeUndefined();
    expect(targets.peakBytes(10_000)).toBe(512 * 1024 ** 2);
  });
});

describe("memory growth", () => {
  it("is linear (k = 1) when memory grows as N does, sub-linear below", () => {
    expect(growthExponent([{ n: 1000, bytes: 100 }, { n: 10_000, bytes: 1000 }])).toBeCloseTo(1, 10);
    expect(growthExponent([{ n: 10_000, bytes: 1164 }, { n: 1000, bytes: 391 }])).toBeCloseTo(Math.log10(1164 / 391), 10);
  });
  it("needs two sizes", () => {
    expect(growthExponent([{ n: 1000, bytes: 100 }])).toBeUndefined();
    expect(marginalPerThousand([{ n: 1000, bytes: 100 }])).toBeUndefined();
  });
  it("gives the memory each further 1,000 reports add, size by size", () => {
    const points = [{ n: 10_000, bytes: 1000 }, { n: 1000, bytes: 300 }, { n: 2000, bytes: 400 }];
    expect(marginalPerThousand(points)).toEqual([
      { from: 1000, to: 2000, bytes: 100 },
      { from: 2000, to: 10_000, bytes: 75 },
    ]);
  });
});

describe("markdown table", () => {
  it("has a header, a rule and one line per row", () => {
    expect(markdownTable(["a", "b"], [["1", "2"]])).toBe("| a | b |\n| --- | --- |\n| 1 | 2 |");
  });
});

describe("which sigreport is benched", () => {
  async function repo(pkg: object, files: string[] = []): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), "bench-command-"));
    await writeFile(path.join(dir, "package.json"), JSON.stringify(pkg));
    for (const f of files) {
      await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
      await writeFile(path.join(dir, f), "");
    }
    return dir;
  }
  const script = { build: "node --max-semi-space-size=32 --import tsx src/cli/main.ts build" };

  it("runs the package's bin when it exists", async () => {
    const dir = await repo({ bin: { sigreport: "bin/sigreport.js" }, scripts: script }, ["bin/sigreport.js", "dist/cli/main.js"]);
    expect(sigreportCommand(dir, {}).nodeArgs).toEqual([path.join(dir, "bin/sigreport.js")]);
  });
  it("falls back to the compiled CLI, then to npm run build's command without its last word", async () => {
    const compiled = await repo({ bin: { sigreport: "bin/missing.js" }, scripts: script }, ["dist/cli/main.js"]);
    expect(sigreportCommand(compiled, {}).nodeArgs).toEqual([path.join(compiled, "dist/cli/main.js")]);
    const bare = await repo({ scripts: script });
    expect(sigreportCommand(bare, {}).nodeArgs).toEqual(["--max-semi-space-size=32", "--import", "tsx", "src/cli/main.ts"]);
  });
  it("takes $BENCH_SIGREPORT first", async () => {
    const dir = await repo({ scripts: script }, ["bin/sigreport.js"]);
    expect(sigreportCommand(dir, { BENCH_SIGREPORT: "other.js" }).nodeArgs).toEqual([path.join(dir, "other.js")]);
  });
  it("refuses a build script it cannot reuse", async () => {
    const dir = await repo({ scripts: { build: "tsx src/cli/main.ts build" } });
    expect(() => sigreportCommand(dir, {})).toThrow(/node … build/);
  });
});
