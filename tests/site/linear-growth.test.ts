// Work and output are bounded by input (issue #17): for each worst-case shape a report can take,
// the site is built at a size and at ten times that size, and the time and the bytes the build
// writes must grow about ten-fold, not a hundred-fold. The figures are printed; the thresholds are
// generous because the machine is shared (speed goals live in the bench, not here).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { makeContent } from "../helpers/content.ts";

const report = (frontMatter: string, body = "We met.\n") => `---\nquarter: 2019-Q2\nsubmitted: 2019-07-12\n${frontMatter}---\n${body}`;

/** Each shape at size n: the report text (only the report grows). */
const SHAPES: Record<string, { sizes: [number, number]; text: (n: number) => string }> = {
  // Every person page listed the whole session: 1,000 presenters made 95 MB.
  "one session with n presenters": {
    sizes: [100, 1_000],
    text: (n) => report(`agenda:\n  - date: 2019-04-12\n    title: Everyone\n    presenters:\n${Array.from({ length: n }, (_, i) => `      - Person ${i}\n`).join("")}`),
  },
  // uniqueId counted up from -2 for every repeat.
  "n identical headings": {
    sizes: [2_000, 20_000],
    text: (n) => report("", "## x\n\ntext\n\n".repeat(n)),
  },
  // Titles that differ only in punctuation shared one anchor, found by counting up.
  "n work products whose titles slug alike": {
    sizes: [1_000, 10_000],
    text: (n) => report(`workProducts:\n${Array.from({ length: n }, (_, i) => `  - { title: "a${".,;:!?".repeat(1 + (i % 5)).slice(0, 1 + (i % 6))}${"x".repeat(Math.floor(i / 6) % 50)}${i}", status: planned }\n`).join("")}`),
  },
};

function bytesWritten(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

async function measure(text: string | undefined): Promise<{ bytes: number; seconds: number }> {
  const content = await makeContent(text === undefined ? {} : { "groups/test/2019-Q2.md": text });
  const run = await buildInto(content, ["--no-search"]);
  expect(run.status, run.stderr).toBe(0);
  const seconds = Number(/ in ([\d.]+) s\./.exec(run.stdout)?.[1]);
  return { bytes: bytesWritten(run.output), seconds };
}

let empty: { bytes: number; seconds: number };
beforeAll(async () => {
  empty = await measure(undefined);
}, 120_000);

describe.each(Object.keys(SHAPES))("%s", (name) => {
  it("grows about linearly in time and bytes written", async () => {
    const { sizes, text } = SHAPES[name]!;
    const [small, large] = [await measure(text(sizes[0])), await measure(text(sizes[1]))];
    const growth = (large.bytes - empty.bytes) / Math.max(1, small.bytes - empty.bytes);
    const timeGrowth = (large.seconds - empty.seconds) / Math.max(0.2, small.seconds - empty.seconds);
    console.log(
      `${name}: n=${sizes[0]} → ${(small.bytes / 1e6).toFixed(2)} MB in ${small.seconds} s; n=${sizes[1]} → ${(large.bytes / 1e6).toFixed(2)} MB in ${large.seconds} s (empty site ${(empty.bytes / 1e6).toFixed(2)} MB, ${empty.seconds} s); bytes ×${growth.toFixed(1)}, time ×${timeGrowth.toFixed(1)}`,
    );
    // Ten times the input: linear is ×10, quadratic ×100.
    expect(growth).toBeLessThan(20);
    expect(timeGrowth).toBeLessThan(40);
  }, 300_000);
});
