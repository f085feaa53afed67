import { appendFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { type LoadCache, type WatchMemory, loadArchive } from "../../src/load/load-archive.ts";
import { makeContent } from "../helpers/content.ts";

const quarters = (archive: { reports: { quarter: { id: string } }[] }) => archive.reports.map((r) => r.quarter.id);

it("keeps the last walk while only files it listed are saved, and walks afresh when a saved path is new or gone", async () => {
  const dir = await makeContent({
    "groups/test/2019-Q1.md": "---\nsubmitted: 2019-04-02\n---\nFirst.\n",
    "groups/test/2019-Q2.md": "---\nsubmitted: 2019-07-02\n---\nSecond.\n",
  });
  const cache: LoadCache = new Map();
  const watch: WatchMemory = {};
  const at = (rel: string) => path.join(dir, rel);
  expect(quarters((await loadArchive(dir, { cache, watch })).archive)).toEqual(["2019-Q1", "2019-Q2"]);

  // An edit of a listed file is read again, with the walk kept: a file nobody said was saved is not looked for.
  await writeFile(at("groups/test/2019-Q3.md"), "---\nsubmitted: 2019-10-02\n---\nThird.\n");
  await appendFile(at("groups/test/2019-Q2.md"), "\nAn edit.\n");
  const edited = await loadArchive(dir, { cache, watch, changed: [at("groups/test/2019-Q2.md"), "/elsewhere/pages/about.md"] });
  expect(quarters(edited.archive)).toEqual(["2019-Q1", "2019-Q2"]);
  expect(edited.archive.reports[1]!.sections.at(-1)!.markdown).toContain("An edit.");

  // A saved path the walk did not list is a new file: the folder is walked again.
  expect(quarters((await loadArchive(dir, { cache, watch, changed: [at("groups/test/2019-Q3.md")] })).archive)).toEqual(["2019-Q1", "2019-Q2", "2019-Q3"]);

  // A saved path that is no longer a file is a deletion.
  await rm(at("groups/test/2019-Q1.md"));
  expect(quarters((await loadArchive(dir, { cache, watch, changed: [at("groups/test/2019-Q1.md")] })).archive)).toEqual(["2019-Q2", "2019-Q3"]);

  // Without `changed` (a first build, a watcher that cannot say) every load walks.
  await writeFile(at("groups/test/2019-Q4.md"), "---\nsubmitted: 2020-01-02\n---\nFourth.\n");
  expect(quarters((await loadArchive(dir, { cache, watch })).archive)).toEqual(["2019-Q2", "2019-Q3", "2019-Q4"]);
});
