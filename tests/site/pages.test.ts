// The published archive, built from the example content: which pages exist, that the report page
// shows every front-matter value in the right part, that every link resolves (with and without a
// path prefix), that feeds are valid Atom, that dates do not move with TZ, and that no page can
// run script or inline style.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { Report } from "../../src/model/archive.ts";
import { type CalendarDate, formatCalendarDate, isCalendarDate } from "../../src/model/calendar-date.ts";
import { Quarter } from "../../src/model/quarter.ts";
import { jsonSchemas } from "../../src/model/schema.ts";
import { buildInto } from "../helpers/build.ts";
import { SEARCHABLE_PAGES } from "../../src/site/search-index.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";
import { brokenLinks, exists, expectEveryValueShown, htmlPages, loose, page, words } from "../helpers/site.ts";

const TODAY = "2019-10-15";
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";
const SEARCH_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
const REPORT_URL = "/groups/public-sector/2019-q2/";

let out: string;
let prefixed: string;
let losAngeles: string;
let report: Report;

beforeAll(async () => {
  const env = { SIGREPORT_TODAY: TODAY, TZ: "UTC" };
  const runs = [
    await buildInto(EXAMPLE_CONTENT, [], env),
    await buildInto(EXAMPLE_CONTENT, ["--path-prefix", "/sig-reports/"], env),
    await buildInto(EXAMPLE_CONTENT, [], { ...env, TZ: "America/Los_Angeles" }),
  ];
  for (const run of runs) expect(run.status, run.stderr).toBe(0);
  [out, prefixed, losAngeles] = runs.map((r) => r.output) as [string, string, string];
  report = (await loadArchive(EXAMPLE_CONTENT)).archive.reports[0]!;
});

describe("the pages", () => {
  it.each([
    "/",
    "/groups/",
    "/groups/public-sector/",
    REPORT_URL,
    "/quarters/",
    "/quarters/2019-q2/",
    "/quarters/2019-q1/",
    "/people/",
    "/people/sergei-smalkov/",
    "/people/sean-o-kelly/",
    "/organizations/",
    "/organizations/ibm-services/",
    "/work-products/",
    "/tags/",
    "/tags/uzbekistan/",
    "/feed.xml",
    "/groups/public-sector/feed.xml",
    "/sitemap.xml",
    "/404.html",
    "/reports.json",
    "/schema/report.schema.json",
    "/assets/site.css",
    "/search/",
    "/assets/search.js",
    "/pagefind/pagefind-ui.js",
    "/pagefind/pagefind-ui.css",
    "/pagefind/pagefind-entry.json",
  ])("%s exists", (url) => {
    expect(exists(out, url)).toBe(true);
  });

  it("give every page one h1, the landmarks, the stylesheet and the CSP, and never inline script or style (only /search/ loads scripts, from files)", () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(30);
    for (const file of pages) {
      const text = readFileSync(path.join(out, file), "utf8");
      expect(text, file).not.toMatch(/\sstyle\s*=/i);
      const doc = page(out, file);
      const isSearch = file === "search/index.html";
      if (isSearch) {
        expect([...doc.querySelectorAll("script")].map((s) => `${s.getAttribute("src")} ${s.textContent}`)).toEqual(["/pagefind/pagefind-ui.js ", "/assets/search.js "]);
      } else {
        expect(text, file).not.toMatch(/<script/i);
      }
      expect(doc.querySelectorAll("h1").length, file).toBe(1);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"), file).toBe(isSearch ? SEARCH_CSP : CSP);
      for (const landmark of ["header", "nav", "main", "footer"]) expect(doc.querySelector(landmark), `${file} ${landmark}`).not.toBeNull();
      expect(doc.querySelector('a.skip-link[href="#main"]'), file).not.toBeNull();
      expect(doc.querySelector('form[role="search"]'), file).not.toBeNull();
    }
  });

  it("make no request to another site: every src and stylesheet is local", () => {
    for (const file of htmlPages(out)) {
      for (const el of page(out, file).querySelectorAll("[src], link[rel=stylesheet], link[rel=preload], link[rel=icon]")) {
        const url = el.getAttribute("src") ?? el.getAttribute("href") ?? "";
        expect(url, file).toMatch(/^\//);
      }
    }
  });
});


describe("the report page", () => {
  it("shows every front-matter value, inside the part of the page it belongs to", () => {
    const checked = expectEveryValueShown(page(out, REPORT_URL), report);
    // The walk really walked: sessions, presenters, work products, diversity, attendance.
    expect(checked).toEqual(expect.arrayContaining(["agenda.8.presenters.0.name", "workProducts.3.status", "diversity.gender.womenShare", "health.attendance.last", "submitted"]));
  });

  it("links presenters to their people pages, organisations and tags to theirs", () => {
    const agenda = page(out, REPORT_URL).querySelector('[data-part="agenda"]')!;
    const hrefs = [...agenda.querySelectorAll("a")].map((a) => `${a.textContent} → ${a.getAttribute("href")}`);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        "Sergei Smalkov → /people/sergei-smalkov/",
        "Sean O'Kelly → /people/sean-o-kelly/",
        "Blockchain Industrial Alliance → /organizations/blockchain-industrial-alliance/",
        "uzbekistan → /tags/uzbekistan/",
      ]),
    );
  });

  it("shows sessions as a dated timeline in the report's order, and the prose beside the data", () => {
    const doc = page(out, REPORT_URL);
    const days = [...doc.querySelectorAll(".timeline time")].map((t) => t.getAttribute("datetime"));
    expect(days).toEqual([...new Set(report.data.agenda!.map((s) => s.date))]);
    expect(loose(doc.querySelector('[data-part="health"]')!.textContent!)).toContain(loose("The working group has been in operation for three quarters"));
    expect(doc.querySelector('[data-part="additional"]')?.textContent).toContain("off to a good start");
  });

  it("links to the edit page of its source file", () => {
    const edit = [...page(out, REPORT_URL).querySelectorAll("a")].find((a) => a.textContent === "Edit this page");
    expect(edit?.getAttribute("href")).toBe("https://github.com/example/sig-reports/edit/main/content/groups/public-sector/2019-Q2.md");
  });

  it("shows the same days whatever the machine's time zone", () => {
    const utc = readFileSync(path.join(out, "groups/public-sector/2019-q2/index.html"), "utf8");
    const la = readFileSync(path.join(losAngeles, "groups/public-sector/2019-q2/index.html"), "utf8");
    expect(utc).toContain("April 12, 2019");
    expect(la).toBe(utc);
  });
});

describe("the search index", () => {
  it("indexes report, group and people pages only, with group and year filters and the report's group and quarter", () => {
    const entry = JSON.parse(readFileSync(path.join(out, "pagefind/pagefind-entry.json"), "utf8"));
    const bodies = htmlPages(out).filter((f) => page(out, f).querySelector("[data-pagefind-body]"));
    expect(bodies.every((f) => /^(groups|people)\/[^/]+\/(\d{4}-q\d\/)?index\.html$/.test(f)), bodies.join()).toBe(true);
    expect(bodies).toEqual(expect.arrayContaining(["groups/public-sector/index.html", "groups/public-sector/2019-q2/index.html", "people/pete-teigen/index.html"]));
    expect(entry.languages.en.page_count).toBe(bodies.length);
    // Pagefind reads only SEARCHABLE_PAGES: a page with a body elsewhere would be left out silently.
    const globs = SEARCHABLE_PAGES.map((g) => new RegExp(`^${g.replaceAll(".", "\\.").replaceAll("**", "\0").replaceAll("*", "[^/]*").replaceAll("\0", ".*")}$`));
    expect(bodies.filter((f) => !globs.some((re) => re.test(f)))).toEqual([]);
    const doc = page(out, REPORT_URL);
    expect(doc.querySelector("[data-pagefind-body]")?.getAttribute("data-pagefind-filter")).toBe("year:2019");
    expect(doc.querySelector('[data-pagefind-filter="group"]')?.textContent).toBe("Public Sector SIG");
    expect(doc.querySelector('[data-pagefind-meta="quarter"]')?.textContent).toBe("Q2 2019");
  });

  it("points the search page at the index under the path prefix", () => {
    expect(page(out, "/search/").querySelector("#search")?.getAttribute("data-bundle")).toBe("/pagefind/");
    const ui = page(prefixed, "/search/").querySelector("#search")!;
    expect([ui.getAttribute("data-bundle"), ui.getAttribute("data-base-url")]).toEqual(["/sig-reports/pagefind/", "/sig-reports/"]);
    expect(page(prefixed, "/search/").querySelector('script[src$="search.js"]')?.getAttribute("src")).toBe("/sig-reports/assets/search.js");
  });
});

describe("the archive's other views", () => {
  it("marks quarters without a report on the group page, as of SIGREPORT_TODAY", () => {
    const rows = [...page(out, "/groups/public-sector/").querySelectorAll("table.schedule tbody tr")].map((tr) => loose(words(tr)));
    expect(rows.find((r) => r.startsWith("q4 2018"))).toContain("missing");
    expect(rows.find((r) => r.startsWith("q2 2019"))).toContain("filed");
    expect(rows.find((r) => r.startsWith("q4 2019"))).toContain("not yet due");
    expect(rows.find((r) => r.startsWith("q1 2020"))).toBeUndefined();
  });

  it("answers 'which groups did not report in Q1 2019?' and 'what do the groups need?' on the quarter pages", () => {
    const q1 = page(out, "/quarters/2019-q1/");
    expect(loose(words(q1.querySelector("#without")!.parentElement))).toContain("public sector sig missing");
    const q2 = page(out, "/quarters/2019-q2/");
    const needs = loose(words(q2.querySelector("#needs")!.parentElement));
    for (const need of report.data.health!.needs!) expect(needs).toContain(loose(need));
  });

  it("answers 'who presented about Uzbekistan?' on the tag page", () => {
    const people = [...page(out, "/tags/uzbekistan/").querySelectorAll(".person__name")].map((a) => a.textContent);
    expect(people).toEqual(["Vasiliy Vasilkoff", "Sergei Smalkov", "Bahodir Atahanov", "Alpesh Doshi"]);
  });

  it("lists what a person presented, linked to the session on its report", () => {
    const links = [...page(out, "/people/bobbi-muscara/").querySelectorAll(".session__title a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual([`${REPORT_URL}#session-8`, `${REPORT_URL}#session-3`]);
  });

  it("follows every work product with its status", () => {
    const text = loose(words(page(out, "/work-products/").querySelector("main")));
    for (const wp of report.data.workProducts!) expect(text).toContain(loose(`${wp.title} ${wp.status}`));
  });

  it("shows counts and a trend for each group on the home page", () => {
    const home = page(out, "/");
    const figures = [...home.querySelectorAll(".figure")].map((f) => loose(words(f)));
    expect(figures).toEqual(["1 group", "1 report", "9 sessions", "9 presenters", "6 organisations"]);
    expect(home.querySelector(".group-card svg[role=img] title")?.textContent).toContain("Q2 2019 12");
  });

  it("draws attendance as an SVG chart with a title and a table of its figures", () => {
    const chart = page(out, "/groups/public-sector/").querySelector(".chart")!;
    expect(chart.querySelector("svg[role=img] > title")?.textContent).toContain("attendance");
    expect([...chart.querySelectorAll("table td")].map((td) => td.textContent)).toEqual(["12", "22"]);
  });

  it("publishes every model as reports.json and the report JSON Schema", () => {
    const json = JSON.parse(readFileSync(path.join(out, "reports.json"), "utf8"));
    expect(json.site.title).toBe("Hyperledger SIG reports");
    expect(json.reports[0].data).toEqual(JSON.parse(JSON.stringify(report.data)));
    expect(json.reports[0].sections.map((s: { key: string }) => s.key)).toEqual(report.sections.map((s) => s.key));
    expect(JSON.parse(readFileSync(path.join(out, "schema/report.schema.json"), "utf8"))).toEqual(jsonSchemas().report);
  });
});

describe("links", () => {
  it("every internal href and src resolves, #fragments included", () => {
    expect(brokenLinks(out)).toEqual([]);
  });

  it("with --path-prefix /sig-reports/, every root-absolute link is under the prefix and resolves", () => {
    expect(readFileSync(path.join(prefixed, "index.html"), "utf8")).toContain('href="/sig-reports/groups/public-sector/"');
    expect(brokenLinks(prefixed, "/sig-reports/")).toEqual([]);
  });
});

describe("feeds and sitemap", () => {
  const parse = (dir: string, file: string) => new DOMParser().parseFromString(readFileSync(path.join(dir, file), "utf8"), "text/xml");

  it.each(["feed.xml", "groups/public-sector/feed.xml"])("%s is Atom with absolute links, ids and dates", (file) => {
    for (const dir of [out, prefixed]) {
      const doc = parse(dir, file);
      const feed = doc.querySelector("feed")!;
      expect(feed.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
      expect(feed.querySelector("feed > id")?.textContent).toMatch(/^https:\/\/example\.org\/sig-reports\//);
      expect(feed.querySelector('feed > link[rel="self"]')?.getAttribute("href")).toBe(`https://example.org/sig-reports/${file}`);
      const entries = [...doc.querySelectorAll("feed > entry")];
      expect(entries).toHaveLength(1);
      for (const entry of entries) {
        expect(entry.querySelector("link")?.getAttribute("href")).toBe(`https://example.org/sig-reports${REPORT_URL}`);
        expect(entry.querySelector("id")?.textContent).toBe(`https://example.org/sig-reports${REPORT_URL}`);
        expect(entry.querySelector("updated")?.textContent).toBe("2019-07-12T00:00:00Z");
        expect(entry.querySelector("title")?.textContent).toBe(report.title);
      }
    }
  });

  it("the sitemap lists every page with its absolute URL", () => {
    const locs = [...parse(out, "sitemap.xml").querySelectorAll("loc")].map((l) => l.textContent);
    expect(locs).toContain(`https://example.org/sig-reports${REPORT_URL}`);
    expect(locs).toHaveLength(htmlPages(out).filter((f) => f !== "404.html").length);
  });
});
