// The review on the pages, from the cycle fixture (tests/fixtures/cycle/): Finance SIG's Q1 2019
// review asks two questions and its Q2 2019 report answers one. The report page shows the review
// and each question's fate, the group page lists the open one, and /status/ flags it as a risk,
// on a pinned day and on today's real date (the question stays open whatever the day).
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { CYCLE_CONTENT } from "../helpers/cycle.ts";
import { page, words } from "../helpers/site.ts";

const text = (el: Element | null | undefined) => words(el).replace(/\s+/g, " ").trim();
const sites: Record<string, string> = {};

beforeAll(async () => {
  for (const [name, today] of [["pinned", "2019-10-15"], ["today", undefined]] as const) {
    const run = await buildInto(CYCLE_CONTENT, ["--no-search"], { SIGREPORT_TODAY: today, TZ: "UTC" });
    expect(run.status, run.stderr).toBe(0);
    sites[name] = run.output;
  }
}, 120_000);

describe("the reviewed report's page", () => {
  it("shows the review: outcome, reviewers, date and comments", () => {
    const section = page(sites["pinned"]!, "/groups/finance/2019-q1/").querySelector("section.review")!;
    expect(section.getAttribute("aria-labelledby")).toBe("review");
    expect(text(section.querySelector("h2"))).toBe("Review");
    const facts = Object.fromEntries([...section.querySelectorAll("dl > div")].map((d) => [text(d.querySelector("dt")), text(d.querySelector("dd"))]));
    expect(facts).toEqual({ Outcome: "Discussed", "Reviewed by": "Liz Liaison", On: "May 2, 2019" });
    expect(text(section.querySelector(".review__comments"))).toBe("A good start. Two questions for the next report.");
  });

  it("gives each question the later report's answer, linked, or 'not answered yet'", () => {
    const items = [...page(sites["pinned"]!, "/groups/finance/2019-q1/").querySelectorAll(".review__questions > li")];
    expect(items.map((li) => li.id)).toEqual(["question-budget", "question-roadmap"]);
    const [budget, roadmap] = items;
    expect(text(budget!.querySelector(".review__question"))).toBe("What budget does the group need for its event?");
    expect(budget!.querySelector(".review__answer a")?.getAttribute("href")).toBe("/groups/finance/2019-q2/");
    // The answer is the report's Markdown, rendered.
    expect(budget!.querySelector(".review__answer .prose strong")?.textContent).toBe("2,000");
    expect(text(roadmap!.querySelector(".review__answer"))).toBe("Not answered yet");
    expect(roadmap!.querySelector(".review__answer a")).toBeNull();
  });

  it("is absent from reports without a review", () => {
    expect(page(sites["pinned"]!, "/groups/finance/2019-q2/").querySelector("section.review")).toBeNull();
  });
});

describe("the group's page", () => {
  it("lists the open question, linked to the review that asked it", () => {
    const section = page(sites["pinned"]!, "/groups/finance/").querySelector('section[aria-labelledby="open-questions"]')!;
    const items = [...section.querySelectorAll("li")];
    expect(items.map((li) => li.textContent?.replace(/\s+/g, " ").trim())).toEqual(["When will the roadmap be published? — asked in the review of Q1 2019, May 2, 2019"]);
    expect(items[0]!.querySelector("a")?.getAttribute("href")).toBe("/groups/finance/2019-q1/#review");
  });

  it("has no such section when no question is open", () => {
    expect(page(sites["pinned"]!, "/groups/trade/").querySelector('section[aria-labelledby="open-questions"]')).toBeNull();
  });
});

describe.each(["pinned", "today"])("/status/ (%s date)", (name) => {
  it("names the open question under the group's risks", () => {
    const groups = [...page(sites[name]!, "/status/").querySelectorAll(".attention__group")];
    const finance = groups.find((g) => text(g.querySelector(".attention__title a")) === "Finance SIG")!;
    const reasons = [...finance.querySelectorAll(".attention__reasons li")].map(text);
    expect(reasons.filter((r) => r.startsWith("Review question open:"))).toEqual([
      "Review question open: Not answered in a later report: “When will the roadmap be published?” (review of Q1 2019).",
    ]);
  });
});

describe("members on the group's page", () => {
  it("are charted over the group's reports beside attendance, with the figures as a table", () => {
    const section = page(sites["pinned"]!, "/groups/finance/").querySelector('section[aria-labelledby="attendance"]')!;
    const table = [...section.querySelectorAll("figure table")].find((t) => t.querySelector("caption")?.textContent === "Finance SIG: members per quarter")!;
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [text(tr.querySelector("th")), text(tr.querySelector("td"))]);
    expect(rows).toEqual([
      ["Q1 2019", "40"],
      ["Q2 2019", "44"],
    ]);
    // A picture with its own accessible name; the fixture gives no attendance, so it is the only chart.
    expect([...section.querySelectorAll('svg[role="img"] > title')].map((t) => t.textContent)).toEqual(["Finance SIG: members per quarter"]);
  });

  it("are left out for a group whose reports give no members", () => {
    const captions = [...page(sites["pinned"]!, "/groups/trade/").querySelectorAll("figure table caption")].map((c) => c.textContent);
    expect(captions.some((c) => c?.includes("members per quarter"))).toBe(false);
  });
});
