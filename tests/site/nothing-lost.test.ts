// Nothing a report says is dropped, across a corpus: the oversight fixture (five groups, seven
// quarters, renamed, retired) and synthetic reports that fill every field the format has.
import path from "node:path";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { generateContent } from "../../bench/generate.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { reportPath } from "../../src/archive/urls.ts";
import { buildInto } from "../helpers/build.ts";
import { OVERSIGHT_CONTENT, OVERSIGHT_TODAY } from "../helpers/oversight.ts";
import { expectEveryValueShown, page } from "../helpers/site.ts";

async function synthetic(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-corpus-")), "content");
  await generateContent(dir, 12);
  return dir;
}

describe.each([
  ["the oversight fixture", async () => OVERSIGHT_CONTENT],
  ["synthetic reports", synthetic],
])("every front-matter value of every report in %s is on its page", (_name, content) => {
  it("shows each leaf inside its part", async () => {
    const dir = await content();
    const { archive, diagnostics } = await loadArchive(dir);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const run = await buildInto(dir, ["--no-search"], { SIGREPORT_TODAY: OVERSIGHT_TODAY });
    expect(run.status).toBe(0);
    let leaves = 0;
    for (const report of archive.reports) {
      leaves += expectEveryValueShown(page(run.output, reportPath(report.group, report.quarter)), report).length;
    }
    expect(archive.reports.length).toBeGreaterThan(10);
    expect(leaves, "the walk found values to check").toBeGreaterThan(archive.reports.length);
  });
});
