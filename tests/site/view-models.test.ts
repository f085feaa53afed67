// View models without Eleventy: what a page will lay out, decided before any template runs.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { lineChart } from "../../src/site/charts/line-chart.ts";
import { niceTicks } from "../../src/site/charts/geometry.ts";
import { sparkline } from "../../src/site/charts/sparkline.ts";
import { absoluteUrl, href } from "../../src/site/urls.ts";
import { todayFromEnv } from "../../src/site/view-models/context.ts";
import { FEED_ENTRIES } from "../../src/site/view-models/feeds.ts";
import { SESSIONS_PER_PAGE } from "../../src/site/view-models/session-pages.ts";
import { siteViews } from "../../src/site/view-models/site-views.ts";
import { generateContent } from "../../bench/generate.ts";
import { makeContent } from "../helpers/content.ts";
import { TWO_GROUPS } from "../fixtures/two-groups.ts";

const options = { today: "2020-02-15" as CalendarDate, pathPrefix: "/" };

async function archiveOf(files: Record<string, string>, defaults = true) {
  const { archive, diagnostics } = await loadArchive(await makeContent(files, { defaults }));
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return archive;
}

describe("absolute URLs", () => {
  it.each([
    ["https://example.org/", "/", "/groups/a/", "https://example.org/groups/a/"],
    ["https://example.org/sig-reports/", "/", "/feed.xml", "https://example.org/sig-reports/feed.xml"],
    ["https://example.org/sig-reports/", "/sig-reports/", "/feed.xml", "https://example.org/sig-reports/feed.xml"],
    ["https://example.org", "/sig-reports/", "/feed.xml", "https://example.org/sig-reports/feed.xml"],
    ["https://example.org/", "/", "/people/василий/", "https://example.org/people/%D0%B2%D0%B0%D1%81%D0%B8%D0%BB%D0%B8%D0%B9/"],
  ])("%s with prefix %s: %s → %s", (site, prefix, url, expected) => {
    expect(absoluteUrl(site, prefix, url)).toBe(expected);
  });

  it("percent-encodes names in any script in hrefs", () => {
    expect(href("/people/李明/", "session 1")).toBe("/people/%E6%9D%8E%E6%98%8E/#session%201");
  });
});

describe("SIGREPORT_TODAY", () => {
  it("sets today for due dates, and a malformed one is refused", () => {
    expect(todayFromEnv({ SIGREPORT_TODAY: "2019-10-15" })).toBe("2019-10-15");
    expect(todayFromEnv({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => todayFromEnv({ SIGREPORT_TODAY: "15/10/2019" })).toThrow(/YYYY-MM-DD/);
  });
});

describe("feeds", () => {
  it("are not made without site.url (a feed of relative links is not valid Atom)", async () => {
    const archive = await archiveOf({ "groups/test/2019-Q1.md": "---\nsubmitted: 2019-04-02\n---\nText.\n" });
    const views = siteViews(archive, options);
    expect(views.feeds).toEqual([]);
    expect([...views.groupFeeds]).toEqual([]);
    expect(views.sitemaps).toEqual([]);
    expect(views.layout.footer.map((l) => l.label)).not.toContain("Atom feed");
  });

  it("list reports newest first, one feed for the site and one per group", async () => {
    const views = siteViews(await archiveOf(TWO_GROUPS, false), options);
    expect([...views.feeds, ...views.groupFeeds].map((f) => f.permalink)).toEqual(["/feed.xml", "/groups/alpha/feed.xml", "/groups/beta/feed.xml"]);
    expect(views.feeds[0]!.entries.map((e) => e.updated)).toEqual([
      "2019-12-31T00:00:00Z",
      "2019-08-20T00:00:00Z",
      "2019-06-30T00:00:00Z",
      "2019-04-10T00:00:00Z",
    ]);
    expect(views.feeds[0]!.updated).toBe("2019-12-31T00:00:00Z");
  });

  it("carry the newest FEED_ENTRIES reports, not the whole archive", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sigreport-feeds-"));
    await generateContent(dir, 90);
    const { archive } = await loadArchive(dir);
    const views = siteViews(archive, options);
    const site = views.feeds[0]!;
    expect(archive.reports).toHaveLength(90);
    expect(site.entries).toHaveLength(FEED_ENTRIES);
    const newest = archive.reports.map((r) => `${r.data.submitted ?? r.quarter.lastDay}T00:00:00Z`).sort().reverse();
    expect(site.entries.map((e) => e.updated)).toEqual(newest.slice(0, FEED_ENTRIES));
    // The first group has 40 reports, under the cap: its feed has them all.
    expect([...views.groupFeeds][0]!.entries).toHaveLength(40);
  });
});

describe("session lists of people, organisations and tags", () => {
  it("come SESSIONS_PER_PAGE at a time, newest first, each page linked to the next, all in the sitemap", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sigreport-pages-"));
    await generateContent(dir, 90);
    const { archive } = await loadArchive(dir);
    const views = siteViews(archive, options);
    const tags = [...views.tags];
    const tag = ctxIndexTag(archive, tags);
    const pages = tags.filter((t) => t.tag === tag.tag);
    expect(pages.length).toBe(Math.ceil(tag.total / SESSIONS_PER_PAGE));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.url)).toEqual(pages.map((_, i) => (i === 0 ? `/tags/${tag.tag}/` : `/tags/${tag.tag}/page/${i + 1}/`)));
    const listed = pages.flatMap((p) => p.sessions.sessions.map((s) => s.href));
    expect(listed).toHaveLength(tag.total);
    expect(new Set(listed).size).toBe(tag.total);
    const dates = pages.flatMap((p) => p.sessions.sessions.map((s) => s.dateIso));
    expect(dates).toEqual([...dates].sort().reverse());
    pages.forEach((p, i) => {
      expect(p.sessions.newer?.href).toBe(i === 0 ? undefined : pages[i - 1]!.url);
      expect(p.sessions.older?.href).toBe(i === pages.length - 1 ? undefined : pages[i + 1]!.url);
    });
    expect(pages[1]!.title).toContain("page 2 of");
    const sitemap = views.sitemaps[0]!.urls;
    for (const p of pages) expect(sitemap).toContain(`https://example.org${p.url}`);
    // Someone with a handful of sessions has one page, and no pager.
    const person = [...views.people].find((p) => p.sessions.count === 1)!;
    expect(person.sessions.range).toBeUndefined();
    expect(person.sessions.older).toBeUndefined();
  });
});

/** The tag with the most sessions, and how many it has. */
function ctxIndexTag(archive: Awaited<ReturnType<typeof loadArchive>>["archive"], tags: { tag: string }[]) {
  const counts = new Map<string, number>();
  for (const r of archive.reports) for (const s of r.data.agenda ?? []) for (const t of new Set(s.tags ?? [])) counts.set(t, (counts.get(t) ?? 0) + 1);
  const [tag, total] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  expect(tags.some((t) => t.tag === tag)).toBe(true);
  return { tag, total };
}

describe("the report page's parts", () => {
  it("keep the body's order, keep custom sections in place, and add data without prose where the template has it", async () => {
    const archive = await archiveOf({
      "groups/test/2019-Q1.md": [
        "---",
        "health: { attendance: { typical: 5 } }",
        "agenda: [{ date: 2019-02-01, title: Kick-off }]",
        "diversity: { gender: { womenShare: 0.5 } }",
        "---",
        "Intro.",
        "",
        "## Our garden",
        "Custom.",
        "",
        "## Sessions",
        "Agenda prose.",
        "",
        "## Other",
        "Notes.",
      ].join("\n"),
    });
    const [report] = siteViews(archive, options).reports;
    expect(report!.parts.map((p) => `${p.key}:${p.proseHtml ? "prose" : "-"}`)).toEqual([
      "introduction:prose",
      // Just before the next part the standard template puts after it; custom prose stays put.
      "custom:prose",
      "health:-",
      "agenda:prose",
      "diversity:-",
      "additional:prose",
    ]);
    expect(report!.parts.find((p) => p.key === "diversity")!.diversity!.women!.percent).toBe("50%");
    expect(report!.summaryHtml).toBeUndefined();
  });

  it("link to the previous and next report of the group and mark late reports", async () => {
    const views = siteViews(await archiveOf(TWO_GROUPS, false), options);
    const alpha = [...views.reports].filter((r) => r.group.label === "Alpha SIG");
    expect(alpha.map((r) => [r.previous?.label, r.quarterLabel, r.next?.label])).toEqual([
      [undefined, "Q1 2019", "Q2 2019"],
      ["Q1 2019", "Q2 2019", "Q4 2019"],
      ["Q2 2019", "Q4 2019", undefined],
    ]);
    expect(alpha.map((r) => r.timeliness.label)).toEqual(["Filed on time", "Filed late", "Filed"]);
  });

  it("are computed once per archive and build options", async () => {
    const archive = await archiveOf(TWO_GROUPS, false);
    expect(siteViews(archive, options)).toBe(siteViews(archive, { ...options }));
    expect(siteViews(archive, options)).not.toBe(siteViews(archive, { ...options, pathPrefix: "/x/" }));
  });
});

describe("redirects for former slugs", () => {
  it("send the old group and report addresses to the new ones, with the path prefix in the refresh", async () => {
    const archive = await archiveOf({
      "groups/test/index.md": "---\nname: Test SIG\nformerSlugs: [old-test]\n---\n",
      "groups/test/2019-Q1.md": "---\n---\nText.\n",
    });
    const views = siteViews(archive, { ...options, pathPrefix: "/p/" });
    expect(views.redirects.map((r) => [r.permalink, r.target, r.refreshTarget])).toEqual([
      ["/groups/old-test/index.html", "/groups/test/", "/p/groups/test/"],
      ["/groups/old-test/2019-q1/index.html", "/groups/test/2019-q1/", "/p/groups/test/2019-q1/"],
    ]);
  });
});

describe("charts", () => {
  it("axis ticks are whole, round steps that reach the maximum", () => {
    expect(niceTicks(22)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(140)).toEqual([0, 50, 100, 150]);
  });

  it("a line chart is an image with a title, breaks its line at gaps, and gives its figures as a table", () => {
    const svg = lineChart({
      title: "Attendance <per quarter>",
      labelHeading: "Quarter",
      labels: ["Q1", "Q2", "Q3"],
      series: [{ name: "Typical", style: "primary", values: [4, undefined, 8] }],
    }).toString();
    expect(svg).toContain('role="img"');
    expect(svg).toContain("<title>Attendance &lt;per quarter&gt;</title>");
    const path = /<path d="([^"]+)"/.exec(svg)![1]!;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(svg).toMatch(/<tr><th scope="row">Q2<\/th><td>no figure<\/td><\/tr>/);
  });

  it("a sparkline of no figures is nothing, of one figure is a dot", () => {
    expect(sparkline({ values: [undefined], title: "t" }).toString()).toBe("");
    expect(sparkline({ values: [7], title: "t" }).toString()).toContain("<circle");
  });
});
