// After a save the dev server rewrites only the pages the save touched (src/site/touched-pages.ts),
// and of a person's, organisation's or tag's pages of sessions only those that changed
// (src/site/changed-session-pages.ts). Whatever the edit, the folder it leaves must be the whole
// build of the new content, byte for byte: a stale page is a page nobody will notice is wrong.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateContent } from "../../bench/generate.ts";
import { type LoadCache, loadArchive } from "../../src/load/load-archive.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { siteParts } from "../../src/shipped-templates.ts";
import { pagesToRewrite } from "../../src/site/touched-pages.ts";
import { todayFromEnv } from "../../src/site/view-models/context.ts";
import { writeArchiveSite } from "../../src/site/write-site.ts";
import { siteFiles } from "../helpers/site.ts";

const REPORT = "groups/group-001/2010-Q3.md";
const FIRST = "groups/group-001/2010-Q1.md";

let generated: string;
beforeAll(async () => {
  // 120 reports of three groups: each tag and organisation has more than a page of sessions.
  generated = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-save-rebuild-")), "content");
  await generateContent(generated, 120);
});

type Edit = (dir: string) => Promise<void>;
const edit = (file: string, change: (text: string) => string): Edit => async (dir) => {
  const at = path.join(dir, file);
  const text = await readFile(at, "utf8");
  const changed = change(text);
  expect(changed, `the edit of ${file} changes it`).not.toBe(text);
  await writeFile(at, changed);
};

const EDITS: [string, Edit, string[]][] = [
  ["its prose reworded", edit(REPORT, (t) => `${t}\nOne more paragraph of prose.\n`), [REPORT]],
  ["a session's summary reworded", edit(REPORT, (t) => t.replace("\n    summary: >-\n      ", "\n    summary: >-\n      Reworded. ")), [REPORT]],
  ["a session's title reworded", edit(REPORT, (t) => t.replace(/\n {4}title: /, "\n    title: Retitled ")), [REPORT]],
  ["a presenter renamed", edit(REPORT, (t) => t.replace(/(\n {6}- name: )[^\n]+/, "$1Zed Newcomer")), [REPORT]],
  ["a presenter's organisation changed", edit(REPORT, (t) => t.replace(/(\n {8}org: )[^\n]+/, "$1Brand New Org")), [REPORT]],
  ["a session moved to another day", edit(REPORT, (t) => t.replace(/\n {2}- date: 2010-\d\d-\d\d/, "\n  - date: 2010-09-28")), [REPORT]],
  ["a tag added to a session", edit(REPORT, (t) => t.replace("tags: [", "tags: [fresh-tag, ")), [REPORT]],
  [
    "a report filed before the group's first",
    async (dir) => {
      const text = await readFile(path.join(dir, FIRST), "utf8");
      await writeFile(path.join(dir, "groups/group-001/2009-Q3.md"), text.replace(/quarter: 2010-Q1/, "quarter: 2009-Q3").replace(/2010-0[1-3]-/g, "2009-08-"));
    },
    ["groups/group-001/2009-Q3.md"],
  ],
  ["the group's first report deleted", (dir) => rm(path.join(dir, FIRST)), [FIRST]],
  ["a report deleted", (dir) => rm(path.join(dir, REPORT)), [REPORT]],
];

/** A whole build of the content into a new folder; `cache` as the dev server keeps one. */
async function wholeSite(dir: string, today: CalendarDate, cache?: LoadCache): Promise<{ out: string; archive: Awaited<ReturnType<typeof loadArchive>>["archive"] }> {
  const { archive, diagnostics } = await loadArchive(dir, { cache });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const out = await mkdtemp(path.join(tmpdir(), "sigreport-whole-"));
  await writeArchiveSite(archive, siteParts, out, { today, pathPrefix: "/", contentDir: dir });
  return { out, archive };
}

async function expectSameSites(got: string, want: string): Promise<void> {
  const files = siteFiles(want);
  expect(siteFiles(got)).toEqual(files);
  for (const file of files) expect(await readFile(path.join(got, file), "utf8"), file).toBe(await readFile(path.join(want, file), "utf8"));
}

/**
 * Builds the content for `builtOn`, edits it, rewrites what the save touched on `savedOn`; returns
 * that folder, a whole build of the edit on `savedOn`, and the pages rewritten.
 */
async function saveAndRebuild(change: Edit, saved: string[], builtOn: CalendarDate, savedOn = builtOn) {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-save-")), "content");
  await cp(generated, dir, { recursive: true });
  // The unchanged files' loads are kept, as in the dev server: what was made of them may be reused.
  const cache: LoadCache = new Map();
  const { out, archive: before } = await wholeSite(dir, builtOn, cache);
  await change(dir);
  const after = (await loadArchive(dir, { cache })).archive;
  const rewritten: string[] = [];
  await writeArchiveSite(after, siteParts, out, {
    today: savedOn,
    pathPrefix: "/",
    contentDir: dir,
    touched: pagesToRewrite({ archive: before, today: builtOn }, after, savedOn, dir, saved.map((f) => path.join(dir, f))),
    previous: before,
    transform: (content, page) => (rewritten.push(page.url), content),
  });
  return { out, whole: (await wholeSite(dir, savedOn)).out, rewritten };
}

describe("after a save, the pages rewritten leave the site a whole build would make", () => {
  it.each(EDITS)("%s", async (_name, change, saved) => {
    const { out, whole } = await saveAndRebuild(change, saved, "2026-12-01" as CalendarDate);
    await expectSameSites(out, whole);
  });

  it("on the day after the site was written, when a quarter's report fell due overnight", async () => {
    // The bench's groups owe a report for every quarter; Q3 2026's is due 30 days after it ends.
    const { out, whole } = await saveAndRebuild(EDITS[0]![1], EDITS[0]![2], "2026-10-30" as CalendarDate, "2026-10-31" as CalendarDate);
    await expectSameSites(out, whole);
  });

  it("on today's date too", async () => {
    const { out, whole } = await saveAndRebuild(EDITS[1]![1], EDITS[1]![2], todayFromEnv({}));
    await expectSameSites(out, whole);
  });

  it("rewrites no page of sessions when the prose alone changed, and only the pages listing a reworded session", async () => {
    const today = "2026-12-01" as CalendarDate;
    const prose = await saveAndRebuild(EDITS[0]![1], EDITS[0]![2], today);
    const sessionPages = (urls: string[]) => urls.filter((u) => /^\/(people|organizations|tags)\/[^/]+\//.test(u));
    expect(sessionPages(prose.rewritten)).toEqual([]);
    const reworded = await saveAndRebuild(EDITS[1]![1], EDITS[1]![2], today);
    const pages = sessionPages(reworded.rewritten);
    expect(pages.length).toBeGreaterThan(0);
    // Of its owners with several pages (its tags', its organisations'), one page each is rewritten.
    const ownerOf = (url: string) => url.split("/").slice(0, 3).join("/");
    const all = sessionPages(siteFiles(reworded.whole).map((f) => `/${f.replace(/index\.html$/, "")}`));
    const long = [...new Set(pages.map(ownerOf))].filter((owner) => all.filter((u) => ownerOf(u) === owner).length > 1);
    expect(long.length).toBeGreaterThan(0);
    for (const owner of long) expect(pages.filter((u) => ownerOf(u) === owner), owner).toHaveLength(1);
  });
});
