import { appendFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { type LoadCache, loadArchive } from "../../src/load/load-archive.ts";
import { makeContent } from "../helpers/content.ts";

it("reuses unchanged files across loads and re-reads a changed one (watch mode)", async () => {
  const dir = await makeContent({
    "groups/test/2019-Q1.md": "---\nsubmitted: 2019-04-02\n---\nFirst.\n",
    "groups/test/2019-Q2.md": "---\nsubmitted: 2019-07-02\n---\nSecond.\n",
  });
  const cache: LoadCache = new Map();
  const first = await loadArchive(dir, { cache });
  expect(cache.size).toBe(4); // site.yaml, index.md, two reports

  await appendFile(path.join(dir, "groups/test/2019-Q2.md"), "\nAn edit.\n");
  const second = await loadArchive(dir, { cache });
  const [q1a, q2a] = first.archive.reports;
  const [q1b, q2b] = second.archive.reports;
  // The unchanged report's parsed sections are the very same objects; the edited one is new.
  expect(q1b!.sections).toBe(q1a!.sections);
  expect(q2b!.sections).not.toBe(q2a!.sections);
  expect(q2b!.sections.at(-1)!.markdown).toContain("An edit.");
});
