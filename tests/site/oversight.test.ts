// The oversight pages, built from tests/fixtures/oversight/ as read on 2020-07-15: the /status/
// grid cell by cell (word, link, accessible text), "Needs attention" on /status/ and the home page,
// "Since …" on report pages and in the feeds, and redirect pages for the renamed group. Also that
// a rename conflict stops `sigreport build` (and `check`) with the diagnostic.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { cellLabel, statusGrid } from "../../src/archive/status-grid.ts";
import { buildInto, runCli } from "../helpers/build.ts";
import { makeContent } from "../helpers/content.ts";
import { OVERSIGHT_CONTENT, OVERSIGHT_TODAY, loadOversight } from "../helpers/oversight.ts";
import { brokenLinks, page, words } from "../helpers/site.ts";

let out: string;

beforeAll(async () => {
  const run = await buildInto(OVERSIGHT_CONTENT, [], { SIGREPORT_TODAY: OVERSIGHT_TODAY, TZ: "UTC" });
  expect(run.status, run.stderr).toBe(0);
  out = run.output;
});

const text = (el: Element | null | undefined) => words(el).replace(/\s+/g, " ").trim();

describe("/status/", () => {
  // Newest quarter first, so the quarters that matter are in view before any scrolling.
  const COLUMNS = ["2020-q3", "2020-q2", "2020-q1", "2019-q4", "2019-q3", "2019-q2", "2019-q1"];
  // What a sighted reader sees in each cell; a filed or late cell links to its report. A run of
  // "not expected" quarters is one cell spanning its columns ("–×4").
  const EXPECTED: Record<string, string[]> = {
    "Alpha WG": ["Due", "Due", "Filed", "Filed", "Filed", "Late", "Filed"],
    "Beta SIG": ["Due", "Due", "Filed", "Missing", "Filed", "Filed", "Filed"],
    "Delta SIG": ["Due", "Due", "Missing", "Missing", "Filed", "–×2"],
    "Epsilon SIG": ["Due", "Filed", "Filed", "–×4"],
    "Gamma TF": ["–×4", "Filed", "Missing", "Filed"],
  };
  const shownAs = (td: Element) => {
    const word = td.querySelector("[aria-hidden=true]")?.textContent ?? "";
    const span = Number(td.getAttribute("colspan") ?? 1);
    return span > 1 ? `${word}×${span}` : word;
  };
  /** The quarter each cell starts at, in the shown order. */
  const columnsOf = (tr: Element) => {
    const starts: string[] = [];
    let at = 0;
    for (const td of tr.querySelectorAll("td.status-cell")) {
      starts.push(COLUMNS[at]!);
      at += Number(td.getAttribute("colspan") ?? 1);
    }
    return starts;
  };
  const SLUGS: Record<string, string> = { "Alpha WG": "alpha", "Beta SIG": "beta", "Delta SIG": "delta", "Epsilon SIG": "epsilon", "Gamma TF": "gamma" };

  it("is in the main navigation", () => {
    const link = page(out, "/").querySelector('nav[aria-label="Main"] a[href="/status/"]');
    expect(link?.textContent).toBe("Status");
    expect(page(out, "/status/").querySelector('nav[aria-label="Main"] a[aria-current="page"]')?.textContent).toBe("Status");
  });

  it("lays out every group × every quarter as a table: a word per cell, filed and late ones linked to the report", () => {
    const table = page(out, "/status/").querySelector("table.status-grid")!;
    expect([...table.querySelectorAll("thead th[scope=col]")].map(text)).toEqual([
      "Group",
      "Q3 2020",
      "Q2 2020",
      "Q1 2020",
      "Q4 2019",
      "Q3 2019",
      "Q2 2019",
      "Q1 2019",
      "In all",
    ]);
    const rows = [...table.querySelectorAll("tbody tr")];
    const seen = Object.fromEntries(
      rows.map((tr) => [text(tr.querySelector("th[scope=row]")), [...tr.querySelectorAll("td.status-cell")].map(shownAs)]),
    );
    expect(seen).toEqual(EXPECTED);
    for (const tr of rows) {
      const name = text(tr.querySelector("th[scope=row]"));
      expect(tr.querySelector("th[scope=row] a")?.getAttribute("href")).toBe(`/groups/${SLUGS[name]}/`);
      const starts = columnsOf(tr);
      [...tr.querySelectorAll("td.status-cell")].forEach((td, i) => {
        const shown = EXPECTED[name]![i];
        const href = td.querySelector("a")?.getAttribute("href");
        expect(href, `${name} ${starts[i]}`).toBe(shown === "Filed" || shown === "Late" ? `/groups/${SLUGS[name]}/${starts[i]}/` : undefined);
      });
    }
  });

  it("gives each cell the whole sentence (cellLabel) as its accessible text, and each row its summary", async () => {
    const { archive } = await loadOversight();
    const grid = statusGrid(archive, OVERSIGHT_TODAY);
    const rows = [...page(out, "/status/").querySelectorAll("table.status-grid tbody tr")];
    expect(rows).toHaveLength(grid.rows.length);
    rows.forEach((tr, r) => {
      const cells = [...tr.querySelectorAll("td.status-cell")];
      // Every single-quarter cell says cellLabel; a run of "not expected" says its range once.
      const newestFirst = [...grid.rows[r]!.cells].reverse();
      let at = 0;
      for (const td of cells) {
        const span = Number(td.getAttribute("colspan") ?? 1);
        const covered = newestFirst.slice(at, at + span);
        at += span;
        const label = td.querySelector(".visually-hidden")?.textContent;
        if (span === 1) expect(label).toBe(cellLabel(covered[0]!));
        else {
          expect(covered.map((c) => c.status)).toEqual(Array(span).fill("not-expected"));
          expect(label).toBe(`${covered.at(-1)!.quarter.label} to ${covered[0]!.quarter.label}: not expected`);
        }
      }
      expect(at).toBe(newestFirst.length);
      expect(tr.querySelector("td.status-grid__summary")?.textContent?.toLowerCase()).toBe(grid.rows[r]!.summary);
    });
    const alphaLate = rows[0]!.querySelectorAll("td.status-cell")[5]!;
    expect(alphaLate.querySelector("a .visually-hidden")?.textContent).toBe("Q2 2019: late (submitted 2019-08-20, due 2019-07-30)");
    expect(rows[1]!.querySelectorAll("td.status-cell")[3]!.textContent).toContain("Q4 2019: missing (was due 2020-01-30)");
    expect(rows[4]!.querySelectorAll("td.status-cell")[0]!.textContent).toContain("Q4 2019 to Q3 2020: not expected");
  });

  it("scrolls in its own labelled, focusable region, and has a legend for the words", () => {
    const doc = page(out, "/status/");
    const region = doc.querySelector(".status-scroll")!;
    expect(region.getAttribute("role")).toBe("region");
    expect(region.getAttribute("tabindex")).toBe("0");
    const caption = doc.getElementById(region.getAttribute("aria-labelledby")!);
    expect(caption?.tagName.toLowerCase()).toBe("caption");
    expect(caption?.textContent).toBe("Reports by group, newest first: Q3 2020 back to Q1 2019, as of July 15, 2020");
    expect([...doc.querySelectorAll(".status-legend dt")].map(text)).toEqual(["Filed", "Late", "Missing", "Due", "–"]);
    const css = readFileSync(path.join(out, "assets/site.css"), "utf8");
    expect(css).toMatch(/\.status-scroll \{[^}]*overflow-x: auto/);
    // The cells' visually-hidden sentences are absolutely positioned: the box must contain them.
    expect(css).toMatch(/\.status-scroll \{[^}]*position: relative/);
    expect(css).toMatch(/\.status-grid th:first-child \{[^}]*position: sticky; left: 0/);
  });

  it("opens with the groups needing attention, most severe first, each with its reasons", () => {
    const doc = page(out, "/status/");
    const section = doc.querySelector('section[aria-labelledby="attention"]')!;
    expect(doc.querySelector("main section")).toBe(section);
    const groups = [...section.querySelectorAll(".attention__group")];
    expect(groups.map((g) => text(g.querySelector(".attention__title")))).toEqual([
      "Delta SIG High priority",
      "Alpha WG Medium priority",
      "Beta SIG Medium priority",
    ]);
    expect(groups.map((g) => [...g.querySelectorAll(".attention__reasons li")].map(text))).toEqual([
      ["No recent report: No report for 2 quarters in a row (Q4 2019, Q1 2020)."],
      [
        "Attendance falling: Typical attendance fell in 3 reports in a row: 22 (Q2 2019) → 18 (Q3 2019) → 14 (Q4 2019) → 9 (Q1 2020).",
        "Attendance far below its best: Typical attendance is 9 (Q1 2020), below half its best of 22 (Q2 2019).",
        "Work blocked: Blocked in Q1 2020: “Reference architecture” (since Q4 2019).",
        "Single chair: A single chair (Ada Chair): nobody stands in.",
      ],
      ["Needs unanswered: “Hosting for the demo network.” asked for in 2 reports in a row (Q3 2019, Q1 2020)."],
    ]);
    expect(groups[0]!.querySelector(".attention__title a")?.getAttribute("href")).toBe("/groups/delta/");
  });

  it("has no broken links anywhere on the site", () => {
    expect(brokenLinks(out)).toEqual([]);
  });
});

describe("the home page", () => {
  it("puts the groups needing attention first, with their reasons and a link to /status/", () => {
    const doc = page(out, "/");
    const section = doc.querySelector("main section")!;
    expect(section.getAttribute("aria-labelledby")).toBe("attention");
    expect([...section.querySelectorAll(".attention__title a")].map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Delta SIG", "/groups/delta/"],
      ["Alpha WG", "/groups/alpha/"],
      ["Beta SIG", "/groups/beta/"],
    ]);
    expect(text(section)).toContain("No recent report: No report for 2 quarters in a row (Q4 2019, Q1 2020).");
    expect(section.querySelector('a[href="/status/"]')).not.toBeNull();
  });
});

describe("what changed", () => {
  it("is listed on the report page after the key figures: statuses old → new, attendance, authors", () => {
    const doc = page(out, "/groups/alpha/2019-q4/");
    const section = doc.querySelector("section.changes")!;
    expect(text(section.querySelector("h2"))).toBe("Since Q3 2019");
    expect(doc.querySelector("header.page-header")?.nextElementSibling).toBe(section);
    expect([...section.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Cy New is among the authors, and was not in Q3 2019.",
      "Ben Writer is no longer among the authors (was in Q3 2019).",
      "“Reference  Architecture” went from in-progress to blocked.",
      "“Glossary” is done (was in-progress).",
      "“Old idea” is dropped (was proposed).",
      "New work product: “Onboarding guide” (planned).",
      "“Use-case catalogue” (in-progress in Q3 2019) is no longer mentioned, without being done or dropped.",
      "Typical attendance fell from 18 to 14.",
      "New subgroup: Security review.",
      "The Tooling subgroup is gone.",
    ]);
  });

  it("names the skipped quarters when the previous report is not the quarter before, and says when nothing changed", () => {
    const section = page(out, "/groups/beta/2020-q1/").querySelector("section.changes")!;
    expect(text(section.querySelector("h2"))).toBe("Since Q3 2019");
    expect(text(section)).toContain("Q4 2019 has no report, so this compares with Q3 2019.");
    expect(text(section)).toContain("No change in authors, work products, attendance or subgroups since Q3 2019.");
  });

  it("is absent from a group's first report", () => {
    expect(page(out, "/groups/alpha/2019-q1/").querySelector("section.changes")).toBeNull();
  });

  it("is in the feed entry's content", () => {
    for (const file of ["feed.xml", "groups/alpha/feed.xml"]) {
      const doc = new DOMParser().parseFromString(readFileSync(path.join(out, file), "utf8"), "text/xml");
      const entry = [...doc.querySelectorAll("entry")].find((e) => e.querySelector("id")?.textContent === "https://example.org/oversight/groups/alpha/2020-q1/")!;
      const content = entry.querySelector("content");
      expect(content?.getAttribute("type"), file).toBe("html");
      const inner = new DOMParser().parseFromString(`<div>${content!.textContent}</div>`, "text/html");
      expect(inner.querySelector("h2")?.textContent).toBe("Since Q4 2019");
      expect([...inner.querySelectorAll("li")].map((li) => li.textContent)).toContain("Typical attendance fell from 14 to 9.");
      expect([...inner.querySelectorAll("li")].map((li) => li.textContent)).toContain("“Onboarding guide” went from planned to in-progress.");
    }
  });
});

describe("a renamed group's old addresses", () => {
  it.each([
    ["/groups/beta-old/", "/groups/beta/", "Beta SIG"],
    ["/groups/beta-old/2019-q3/", "/groups/beta/2019-q3/", undefined],
  ])("%s is a redirect page to %s, with canonical, refresh and a visible link", (from, to, title) => {
    const doc = page(out, from);
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(`0; url=${to}`);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(to);
    expect(doc.querySelector(`main a[href="${to}"]`)).not.toBeNull();
    expect(readFileSync(path.join(out, from, "index.html"), "utf8")).not.toMatch(/<script/i);
    if (title) expect(doc.querySelector("h1")?.textContent).toBe(`${title} has moved`);
  });

  it("leads only to pages that exist", () => {
    for (const q of ["2019-q1", "2019-q2", "2019-q3", "2020-q1"]) {
      expect(existsSync(path.join(out, "groups/beta-old", q, "index.html")), q).toBe(true);
      expect(existsSync(path.join(out, "groups/beta", q, "index.html")), q).toBe(true);
    }
    expect(existsSync(path.join(out, "groups/beta-old/2019-q4"))).toBe(false);
  });
});

describe("a rename conflict", () => {
  it("stops sigreport build and check with the diagnostic, and builds nothing", async () => {
    const dir = await makeContent({
      "groups/test/index.md": "---\nname: Test SIG\nformerSlugs: [shared]\n---\n",
      "groups/other/index.md": "---\nname: Other SIG\nformerSlugs: [shared]\n---\n",
    });
    const run = await buildInto(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${dir}/groups/other/index.md:1:1 error formerSlugs[0]: "shared" is listed as a former name by groups/other/ and groups/test/. [former-slug-claimed-twice]`,
    );
    expect(run.stderr).toContain("hint: Keep it in the formerSlugs of the one group that used that folder.");
    expect(run.stderr).toContain("Nothing was built");
    expect(existsSync(run.output)).toBe(false);
    const check = runCli(["check", dir]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("[former-slug-claimed-twice]");
  });
});
