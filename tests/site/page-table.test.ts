import { cp, mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { todayFromEnv } from "../../src/site/view-models/context.ts";
import { PAGE_TABLE, pageFiles, permalinksByKind } from "../../src/site/page-table.ts";
import { siteViews } from "../../src/site/view-models/site-views.ts";
import { writeArchiveSite } from "../../src/site/write-site.ts";
import { siteParts } from "../../src/shipped-templates.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";
import { OVERSIGHT_CONTENT, OVERSIGHT_TODAY } from "../helpers/oversight.ts";
import { siteFiles } from "../helpers/site.ts";

/** A page of every kind: the oversight fixture (a renamed group, so redirects; a site url, so feeds) and the example's group (presenters, organisations, tags). */
async function everyKind() {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-kinds-"));
  await cp(OVERSIGHT_CONTENT, dir, { recursive: true });
  await cp(path.join(EXAMPLE_CONTENT, "groups/public-sector"), path.join(dir, "groups/public-sector"), { recursive: true });
  const { archive, diagnostics } = await loadArchive(dir);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { archive, dir };
}

describe.each([
  ["a pinned day", OVERSIGHT_TODAY],
  ["today", todayFromEnv({})],
])("the page table, on %s", (_, today) => {
  it("lists every file a build writes, and a build writes every page it lists", async () => {
    const { archive, dir } = await everyKind();
    const out = await mkdtemp(path.join(tmpdir(), "sigreport-table-"));
    const written = await writeArchiveSite(archive, siteParts, out, { today, pathPrefix: "/", contentDir: dir });
    const byKind = permalinksByKind(siteViews(archive, { today, pathPrefix: "/" }));
    for (const kind of PAGE_TABLE) expect(byKind.get(kind.kind)!.length, kind.kind).toBeGreaterThan(0);
    const listed = [...byKind.values()].flat().map((p) => p.replace(/^\//, ""));
    const pages = siteFiles(out).filter((f) => !f.startsWith("assets/"));
    expect(pages).toEqual([...new Set(listed)].sort());
    expect(written).toBe(listed.length);
    // The dev server's cheap list (no view made) is the same list.
    expect(pageFiles(siteViews(archive, { today, pathPrefix: "/" }))).toEqual([...byKind.values()].flat());
  });

  it("gives the sitemap the pages of the kinds it marks, and no other", async () => {
    const { archive } = await everyKind();
    const views = siteViews(archive, { today, pathPrefix: "/" });
    const byKind = permalinksByKind(views);
    const listed = PAGE_TABLE.filter((k) => k.sitemap).flatMap((k) => byKind.get(k.kind)!);
    const inSitemap = views.sitemaps[0]!.urls.map((u) => new URL(u).pathname.replace(/^\/oversight/, ""));
    expect(inSitemap.map((u) => (u.endsWith("/") ? `${u}index.html` : u))).toEqual(listed);
    expect(inSitemap).not.toContain("/404.html");
    expect(inSitemap).not.toContain("/groups/beta-old/");
  });
});

it("src/site imports nothing from templates/: the renderers are passed in", async () => {
  const files = (await readdir("src/site", { recursive: true })).filter((f) => /\.(ts|mjs)$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = await readFile(path.join("src/site", file), "utf8");
    expect(text.match(/from\s+["'][^"']*templates\/[^"']*["']|import\(\s*["'][^"']*templates\//g), file).toBeNull();
  }
});
