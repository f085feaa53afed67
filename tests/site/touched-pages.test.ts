import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort, waitFor } from "../../bench/dev-server.ts";
import { generateContent } from "../../bench/generate.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { PAGE_TABLE, permalinksByKind } from "../../src/site/page-table.ts";
import { pageKey, savedReportPages, touchedPages } from "../../src/site/touched-pages.ts";
import { siteViews } from "../../src/site/view-models/site-views.ts";
import { writeSite } from "../../src/site/write-site.ts";
import { siteParts } from "../../src/shipped-templates.ts";
import { copyExample } from "../helpers/content.ts";

const REPORT = "groups/public-sector/2019-Q2.md";

describe("the pages a saved report touches", () => {
  it("are its group's, its quarter's, and those of its presenters, organisations and tags, before and after", async () => {
    const dir = await copyExample();
    const before = (await loadArchive(dir)).archive;
    const file = path.join(dir, REPORT);
    await writeFile(file, (await readFile(file, "utf8")).replace("Pete Teigen", "Peter Teigen"));
    const after = (await loadArchive(dir)).archive;
    const touched = touchedPages(before, after, dir, [file])!;
    expect(touched).toContain("/groups/public-sector/");
    expect(touched).toContain("/quarters/2019-q2/");
    expect(touched).toContain("/people/pete-teigen/");
    expect(touched).toContain("/people/peter-teigen/");
    expect(touched).toContain("/organizations/ibm-services/");
    expect(touched).toContain("/tags/uzbekistan/");
    expect(touched).not.toContain("/people/");
  });

  it("are all pages when anything but a report was saved", async () => {
    const dir = await copyExample();
    const { archive } = await loadArchive(dir);
    expect(touchedPages(archive, archive, dir, [path.join(dir, "site.yaml")])).toBeUndefined();
    expect(touchedPages(archive, archive, dir, [path.join(dir, "groups/public-sector/index.md")])).toBeUndefined();
  });

  it.each([
    ["/people/ada/", "/people/ada/"],
    ["/people/ada/page/2/index.html", "/people/ada/"],
    ["/groups/g/2019-q2/index.html", "/groups/g/"],
    ["/groups/g/index.html", "/groups/g/"],
    ["/quarters/2019-q2/", "/quarters/2019-q2/"],
  ])("%s belongs to %s", (address, key) => expect(pageKey(address)).toBe(key));

  it("are, of the kinds with a page per item, the only pages written; every other kind is written whole", async () => {
    const dir = await copyExample();
    const { archive } = await loadArchive(dir);
    const out = await mkdtemp(path.join(tmpdir(), "sigreport-touched-"));
    const views = siteViews(archive, { today: "2019-10-15" as CalendarDate, pathPrefix: "/" });
    await writeSite(siteParts.renderers, views, out, { pathPrefix: "/", touched: new Set(["/people/pete-teigen/"]) });
    const byKind = permalinksByKind(views);
    const whole = PAGE_TABLE.filter((k) => !k.perItem).flatMap((k) => byKind.get(k.kind)!);
    const written = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => `/${path.relative(out, path.join(e.parentPath, e.name))}`);
    expect(written.sort()).toEqual(["/people/pete-teigen/index.html", ...whole].sort());
  });

  it("start with the saved report's own page", async () => {
    const dir = await copyExample();
    expect([...savedReportPages(dir, [path.join(dir, REPORT), path.join(dir, "site.yaml")])]).toEqual(["/groups/public-sector/2019-q2/"]);
  });
});

it("the dev server rewrites a saved report's group and leaves other groups' pages alone", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "sigreport-serve-"));
  const content = path.join(root, "content");
  const out = path.join(root, "site");
  await generateContent(content, 120);
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--content", content, "--output", out, "--port", String(await freePort())], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  try {
    const other = path.join(out, "groups/group-002/2010-q1/index.html");
    const neighbour = path.join(out, "groups/group-001/2010-q2/index.html");
    // It says where it serves once the first build is written whole (a slow machine's reports.json included).
    expect(await waitFor(async () => stderr.includes("Serving "), 90_000)).toBe(true);
    expect(existsSync(other) && existsSync(neighbour)).toBe(true);
    // The file watcher finishes its first scan just after: a save before that is not seen.
    await new Promise((r) => setTimeout(r, 2000));
    // reports.json is written last, after every page: when it changes, the rebuild is done.
    const last = path.join(out, "reports.json");
    const mtime = async (file: string) => (await stat(file)).mtimeMs;
    const [otherBefore, neighbourBefore, lastBefore] = [await mtime(other), await mtime(neighbour), await mtime(last)];
    await appendFile(path.join(content, "groups/group-001/2010-Q1.md"), "\nSaved in the dev server.\n");
    expect(await waitFor(async () => (await mtime(last)) > lastBefore, 60_000)).toBe(true);
    // The neighbour is not the saved report's own page, but its pager and "since" list follow it.
    expect(await mtime(neighbour)).toBeGreaterThan(neighbourBefore);
    expect(await readFile(path.join(out, "groups/group-001/2010-q1/index.html"), "utf8")).toContain("Saved in the dev server.");
    expect(await mtime(other)).toBe(otherBefore);
  } finally {
    process.kill(-child.pid!, "SIGTERM");
  }
}, 120_000);
