import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type LoadCache, type WatchMemory, loadArchive, loadSavedReports, reportOf } from "../../src/load/load-archive.ts";
import { contextFor } from "../../src/site/view-models/context.ts";
import { reportsJson } from "../../src/site/view-models/data-files.ts";
import { textOf } from "../../src/site/reused-pieces.ts";
import { savedContext } from "../../src/site/view-models/saved-context.ts";
import { pageWriter, writeArchiveSite, writeFirstPages } from "../../src/site/write-site.ts";
import { savedReportPages, touchedPages } from "../../src/site/touched-pages.ts";
import { siteParts } from "../../src/shipped-templates.ts";
import { siteFiles } from "../helpers/site.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { EXAMPLE_CONTENT, copyExample } from "../helpers/content.ts";

const TODAY = "2019-10-15" as CalendarDate;

it("reports.json in pieces is one JSON document holding every report", async () => {
  const { archive } = await loadArchive(EXAMPLE_CONTENT);
  const ctx = contextFor(archive, { today: "2019-10-15" as CalendarDate, pathPrefix: "/" });
  const pieces = [...reportsJson(ctx)];
  expect(pieces.length).toBe(archive.reports.length + 2);
  const json = JSON.parse(pieces.map(textOf).join(""));
  expect(Object.keys(json)).toEqual(["site", "groups", "reports"]);
  expect(json.reports.map((r: { sourcePath: string }) => r.sourcePath)).toEqual(archive.reports.map((r) => r.sourcePath));
});

it("writes a file from many pieces, more than the writer lets wait at once", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-chunks-"));
  const writer = pageWriter(dir, { pathPrefix: "/" });
  const piece = "x".repeat(1024 * 1024);
  const pieces = Array.from({ length: 48 }, (_, i) => `${i}:${piece}`);
  await writer.writePieces("/deep/er/file.json", pieces);
  await writer.writePieces("/empty.json", []);
  expect(await writer.finish()).toBe(2);
  expect(await readFile(path.join(dir, "deep/er/file.json"), "utf8")).toBe(pieces.join(""));
  expect(await readFile(path.join(dir, "empty.json"), "utf8")).toBe("");
});

it("writes pages with the path prefix added to their links, other files as they are", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-pages-"));
  const writer = pageWriter(dir, { pathPrefix: "/sig/" });
  await writer.write("/a/index.html", '<a href="/b/">b</a>');
  await writer.write("/feed.xml", '<link href="/b/"/>');
  expect(await writer.finish()).toBe(2);
  expect(await readFile(path.join(dir, "a/index.html"), "utf8")).toBe('<a href="/sig/b/">b</a>');
  expect(await readFile(path.join(dir, "feed.xml"), "utf8")).toBe('<link href="/b/"/>');
});

it("a page that cannot be written fails the whole write", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-pages-"));
  await writeFile(path.join(dir, "groups"), "a file where a folder must go");
  const writer = pageWriter(dir, { pathPrefix: "/" });
  await writer.write("/index.html", "<p>ok</p>");
  await writer.write("/groups/x/index.html", "<p>blocked</p>");
  await expect(writer.finish()).rejects.toThrow();
  expect(await readFile(path.join(dir, "index.html"), "utf8")).toBe("<p>ok</p>");
});

describe.each(["/", "/sig-reports/"])("after a save, the writer (path prefix %s)", (pathPrefix) => {
  /** The example before and after a save that renames a presenter, and the whole site of after. */
  const renameSaved = async () => {
    const dir = await copyExample();
    const before = (await loadArchive(dir)).archive;
    const saved = path.join(dir, "groups/public-sector/2019-Q2.md");
    await writeFile(saved, (await readFile(saved, "utf8")).replace("Pete Teigen", "Peter Teigen"));
    const after = (await loadArchive(dir)).archive;
    const options = { today: TODAY, pathPrefix, contentDir: dir };
    const whole = await mkdtemp(path.join(tmpdir(), "sigreport-whole-"));
    await writeArchiveSite(after, siteParts, whole, options);
    return { dir, before, saved, after, options, whole };
  };

  it("writes the touched pages as a whole build would, the saved report's page first", async () => {
    const { dir, before, saved, after, options, whole } = await renameSaved();
    const touchedOut = await mkdtemp(path.join(tmpdir(), "sigreport-touched-"));
    const order: string[] = [];
    const touched = touchedPages(before, after, dir, [saved]);
    await writeArchiveSite(after, siteParts, touchedOut, {
      ...options,
      touched,
      first: savedReportPages(dir, [saved]),
      transform: (content, page) => (order.push(page.url), content),
    });
    expect(order[0]).toBe("/groups/public-sector/2019-q2/");
    expect(order.filter((u) => u === order[0])).toHaveLength(1);
    expect(order).toContain("/people/peter-teigen/");
    const files = siteFiles(touchedOut);
    expect(files).not.toContain("assets/site.css");
    for (const file of files) expect(await readFile(path.join(touchedOut, file), "utf8"), file).toBe(await readFile(path.join(whole, file), "utf8"));
  });

  it("writes the saved report's page alone, before the rebuild, as the whole build does; the rebuild then leaves it out", async () => {
    const { dir, before, saved, after, options, whole } = await renameSaved();
    const out = await mkdtemp(path.join(tmpdir(), "sigreport-early-"));
    const seen: string[] = [];
    const transform = (content: string, page: { url: string }) => (seen.push(page.url), content);
    const done = await writeFirstPages(after, siteParts, out, { today: TODAY, pathPrefix, pages: savedReportPages(dir, [saved]), transform });
    expect(done).toEqual(["/groups/public-sector/2019-q2/"]);
    expect(siteFiles(out)).toEqual(["groups/public-sector/2019-q2/index.html"]);
    const page = "groups/public-sector/2019-q2/index.html";
    expect(await readFile(path.join(out, page), "utf8")).toBe(await readFile(path.join(whole, page), "utf8"));
    await writeArchiveSite(after, siteParts, out, { ...options, touched: touchedPages(before, after, dir, [saved]), previous: before, written: new Set(done), transform });
    expect(seen.filter((u) => u === done[0])).toHaveLength(1);
    for (const file of siteFiles(out)) expect(await readFile(path.join(out, file), "utf8"), file).toBe(await readFile(path.join(whole, file), "utf8"));
  });

  it("writes the saved report's page from the last archive and that file alone, as a whole build of the folder does", async () => {
    const dir = await copyExample();
    const cache: LoadCache = new Map();
    const watch: WatchMemory = {};
    const before = (await loadArchive(dir, { cache, watch })).archive;
    const saved = path.join(dir, "groups/public-sector/2019-Q2.md");
    // A presenter renamed, and the chair (the report's author, who had no page) now presenting.
    const text = await readFile(saved, "utf8");
    const last = text.lastIndexOf("- name: Pete Teigen");
    await writeFile(saved, `${text.slice(0, last).replace("Pete Teigen", "Peter Teigen")}- name: Public Sector SIG Chair${text.slice(last + "- name: Pete Teigen".length)}`);
    const loaded = await loadSavedReports(dir, { cache, watch, changed: [saved] });
    expect(loaded).toHaveLength(1);
    const ctx = savedContext(before, loaded!.map((r) => reportOf(r, before.groups.find((g) => g.slug === r.draft.group)!)), { today: TODAY, pathPrefix })!;
    const out = await mkdtemp(path.join(tmpdir(), "sigreport-ahead-"));
    expect(await writeFirstPages(ctx.archive, siteParts, out, { today: TODAY, pathPrefix, pages: savedReportPages(dir, [saved]), ctx })).toEqual(["/groups/public-sector/2019-q2/"]);
    const after = (await loadArchive(dir, { cache, watch, changed: [saved] })).archive;
    const whole = await mkdtemp(path.join(tmpdir(), "sigreport-whole-"));
    await writeArchiveSite(after, siteParts, whole, { today: TODAY, pathPrefix, contentDir: dir });
    const page = "groups/public-sector/2019-q2/index.html";
    const written = await readFile(path.join(out, page), "utf8");
    expect(written).toContain("Peter Teigen");
    expect(written).toContain(`${pathPrefix}people/public-sector-sig-chair/`);
    expect(written).toBe(await readFile(path.join(whole, page), "utf8"));
  });

  it("parses no saved file ahead when one is not a report of the last walk", async () => {
    const dir = await copyExample();
    const cache: LoadCache = new Map();
    const watch: WatchMemory = {};
    await loadArchive(dir, { cache, watch });
    const report = path.join(dir, "groups/public-sector/2019-Q2.md");
    await writeFile(path.join(dir, "groups/public-sector/2030-Q1.md"), "---\nsubmitted: 2030-04-01\n---\nNew.\n");
    expect(await loadSavedReports(dir, { cache, watch, changed: [report, path.join(dir, "groups/public-sector/2030-Q1.md")] })).toBeUndefined();
    expect(await loadSavedReports(dir, { cache, watch, changed: [path.join(dir, "site.yaml")] })).toBeUndefined();
    await writeFile(report, "---\nbad: [\n---\nBroken.\n");
    expect(await loadSavedReports(dir, { cache, watch, changed: [report] })).toBeUndefined();
  });

  it("writes no early page for a deleted report: the rebuild removes it", async () => {
    const dir = await copyExample();
    const saved = path.join(dir, "groups/public-sector/2019-Q2.md");
    await rm(saved);
    const after = (await loadArchive(dir)).archive;
    const out = await mkdtemp(path.join(tmpdir(), "sigreport-early-"));
    expect(await writeFirstPages(after, siteParts, out, { today: TODAY, pathPrefix, pages: savedReportPages(dir, [saved]) })).toEqual([]);
    expect(siteFiles(out)).toEqual([]);
  });

  it("removes the pages of a deleted report, and of a presenter no report names any more", async () => {
    const dir = await copyExample();
    const before = (await loadArchive(dir)).archive;
    const options = { today: TODAY, pathPrefix, contentDir: dir };
    const out = await mkdtemp(path.join(tmpdir(), "sigreport-deleted-"));
    await writeArchiveSite(before, siteParts, out, options);
    const report = path.join(out, "groups/public-sector/2019-q2/index.html");
    const person = path.join(out, "people/pete-teigen/index.html");
    expect(existsSync(report) && existsSync(person)).toBe(true);
    const saved = path.join(dir, "groups/public-sector/2019-Q2.md");
    await rm(saved);
    const after = (await loadArchive(dir)).archive;
    await writeArchiveSite(after, siteParts, out, { ...options, touched: touchedPages(before, after, dir, [saved]), previous: before });
    expect(existsSync(report)).toBe(false);
    expect(existsSync(person)).toBe(false);
    // What the new archive still has stays, and matches a whole build of it.
    const whole = await mkdtemp(path.join(tmpdir(), "sigreport-whole-"));
    await writeArchiveSite(after, siteParts, whole, options);
    const pages = (root: string) => siteFiles(root).filter((f) => !f.startsWith("assets/") && !f.startsWith("groups/public-sector/assets/"));
    expect(pages(out)).toEqual(pages(whole));
  });
});
