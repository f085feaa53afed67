// The reporting cycle over the cycle fixture (tests/helpers/cycle.ts): which reports each cadence
// owes, when each is due (staggered offsets, an extension), and the calls `remind` makes on the day
// of each call, the day after the due date and after two misses.
import { beforeAll, describe, expect, it } from "vitest";
import { reminders, stageOn } from "../../src/archive/reminders.ts";
import { questionStatuses, openQuestions } from "../../src/archive/review-questions.ts";
import { dueDate, groupSchedule } from "../../src/archive/schedule.ts";
import { statusGrid } from "../../src/archive/status-grid.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { Archive } from "../../src/model/archive.ts";
import { type CalendarDate, today } from "../../src/model/calendar-date.ts";
import { Quarter } from "../../src/model/quarter.ts";
import { REMINDER_DEFAULTS } from "../../src/model/schema.ts";
import { CYCLE_CONTENT, remindJson } from "../helpers/cycle.ts";

let archive: Archive;
beforeAll(async () => {
  const result = await loadArchive(CYCLE_CONTENT);
  expect(result.diagnostics).toEqual([]);
  archive = result.archive;
});
const group = (slug: string) => archive.groups.find((g) => g.slug === slug)!;
const cells = (slug: string, day: string) => groupSchedule(group(slug), archive.site, day as CalendarDate).map((c) => [c.quarter.id, c.status, c.due]);

describe("the schedule by cadence", () => {
  it("a quarterly group on the site's offset: filed, late, missing, not yet due", () => {
    expect(cells("finance", "2019-11-15")).toEqual([
      ["2019-Q1", "filed", "2019-04-30"],
      ["2019-Q2", "late", "2019-07-30"],
      ["2019-Q3", "missing", "2019-10-30"],
      ["2019-Q4", "not-yet-due", "2020-01-30"],
    ]);
  });

  it("a half-yearly group owes Q2 and Q4 on its own offset, never Q1 or Q3, and its extension moves Q4's due date", () => {
    expect(cells("trade", "2020-03-15")).toEqual([
      ["2019-Q1", "not-expected", "2019-05-15"],
      ["2019-Q2", "filed", "2019-08-14"],
      ["2019-Q3", "not-expected", "2019-11-14"],
      ["2019-Q4", "not-yet-due", "2020-03-15"],
      ["2020-Q1", "not-expected", "2020-05-15"],
    ]);
    expect(cells("trade", "2020-03-16")[3]).toEqual(["2019-Q4", "missing", "2020-03-15"]);
    // Without the extension it would have been due 45 days after the half-year.
    expect(dueDate(Quarter.parse("2019-Q4")!, archive.site)).toBe("2020-01-30");
    expect(groupSchedule(group("trade"), archive.site, "2020-03-16" as CalendarDate)[3]!.extension?.reason).toBe("The chairs changed in December.");
  });

  it("a yearly group owes Q4 only, 60 days on (a leap day here)", () => {
    const schedule = groupSchedule(group("annual"), archive.site, "2020-03-01" as CalendarDate);
    expect(schedule.filter((c) => c.status !== "not-expected").map((c) => [c.quarter.id, c.status, c.due])).toEqual([
      ["2018-Q4", "filed", "2019-03-01"],
      ["2019-Q4", "missing", "2020-02-29"],
    ]);
    expect(schedule.filter((c) => c.status === "not-expected")).toHaveLength(7);
  });

  it("the status grid never counts a half-yearly or yearly group's in-between quarters as missing", () => {
    const grid = statusGrid(archive, "2020-06-01" as CalendarDate);
    const row = (slug: string) => grid.rows.find((r) => r.group.slug === slug)!;
    expect(row("trade").summary).toBe("1 filed, 1 missing, 1 not yet due");
    expect(row("annual").summary).toBe("1 filed, 1 missing");
    expect(row("finance").summary).toBe("1 filed, 1 late, 3 missing, 1 not yet due");
  });
});

describe("remind's stages and recipients", () => {
  it("words each stage by the days left", () => {
    const s = (due: string, day: string, missed = 0) => stageOn(due as CalendarDate, day as CalendarDate, REMINDER_DEFAULTS, missed);
    expect([s("2019-10-30", "2019-10-08"), s("2019-10-30", "2019-10-09"), s("2019-10-30", "2019-10-23"), s("2019-10-30", "2019-10-29"), s("2019-10-30", "2019-10-30")]).toEqual([
      undefined,
      "first-call",
      "reminder",
      "last-call",
      "last-call",
    ]);
    expect([s("2019-10-30", "2019-10-31", 1), s("2019-10-30", "2019-10-31", 2)]).toEqual(["overdue", "non-responsive"]);
  });

  it.each([
    ["2019-10-09", "first-call"],
    ["2019-10-23", "reminder"],
    ["2019-10-29", "last-call"],
    ["2019-10-31", "overdue"],
  ])("Finance SIG's Q3 2019 on %s: %s, to its chairs, its last report's author and its liaison", async (date, stage) => {
    const [entry, ...rest] = await remindJson(date);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ group: "finance", quarter: "2019-Q3", stage, due: "2019-10-30", recipients: ["@ada-l", "Ben Chair", "@cy-w", "@liz-l"] });
    expect(entry!.title).toBe("Q3 2019 report for the Finance SIG: due October 30");
    expect(entry!.people.find((p) => p.name === "Liz Liaison")!.roles).toEqual(["liaison"]);
  });

  it("after two misses in a row the group is non-responsive, and only its latest report is listed", async () => {
    const list = await remindJson("2020-01-31");
    expect(list.map((r) => [r.group, r.quarter, r.stage, r.missed])).toEqual([["finance", "2019-Q4", "non-responsive", ["2019-Q3", "2019-Q4"]]]);
    expect(list[0]!.body).toContain("No report has arrived for Q3 2019, Q4 2019.");
    expect(list[0]!.body).not.toMatch(/missing/i);
  });

  it("staggered deadlines: each group is called on its own days, the extension's group from its extended date", async () => {
    const calls = async (date: string) => (await remindJson(date)).filter((r) => r.group !== "finance").map((r) => [r.group, r.stage, r.due]);
    // Annual WG: due 2020-02-29, first call 2020-02-08. Trade Finance SIG: due 2020-03-15 (extended from 2020-02-14).
    expect(await calls("2020-01-24")).toEqual([]);
    expect(await calls("2020-02-08")).toEqual([["annual", "first-call", "2020-02-29"]]);
    expect(await calls("2020-02-23")).toEqual([["annual", "reminder", "2020-02-29"], ["trade", "first-call", "2020-03-15"]]);
    expect(await calls("2020-03-14")).toEqual([["annual", "overdue", "2020-02-29"], ["trade", "last-call", "2020-03-15"]]);
    const trade = (await remindJson("2020-03-14")).find((r) => r.group === "trade")!;
    expect(trade.title).toBe("Q4 2019 report for the Trade Finance SIG: due March 15, 2020");
    expect(trade.extension).toEqual({ until: "2020-03-15", reason: "The chairs changed in December." });
    // Tia Trade gives no GitHub name, so she is named; the report's authors default to the chairs.
    expect(trade.recipients).toEqual(["@tom-t", "Tia Trade"]);
  });

  it("with today's real date, lists only reports whose first call has come, each once, none filed", () => {
    const day = today();
    const list = reminders(archive, day);
    for (const r of list) {
      expect(r.firstCall <= day).toBe(true);
      expect(group(r.group).reports.some((report) => report.quarter.equals(r.quarter))).toBe(false);
    }
    expect(new Set(list.map((r) => `${r.group}/${r.quarter.id}`)).size).toBe(list.length);
    // The fixture's groups stopped reporting in 2019-2020: today each is far past two misses.
    expect(list.filter((r) => r.daysLeft < 0).every((r) => r.stage === "non-responsive")).toBe(true);
    expect(list.filter((r) => r.daysLeft < 0).length).toBeLessThanOrEqual(archive.groups.length);
  });
});

describe("review questions", () => {
  it("one answered by the next report, one still open", () => {
    const statuses = questionStatuses(archive, "finance");
    expect(statuses.map((s) => [s.question.id, s.answer?.report.quarter.id, s.answer?.markdown])).toEqual([
      ["budget", "2019-Q2", "About **2,000** for the venue."],
      ["roadmap", undefined, undefined],
    ]);
    expect(openQuestions(archive, "finance").map((s) => s.question.id)).toEqual(["roadmap"]);
    // Before Q2 2019 was filed, both were open.
    expect(openQuestions(archive, "finance", Quarter.parse("2019-Q2")!).map((s) => s.question.id)).toEqual(["budget", "roadmap"]);
    expect(archive.quarterIntros.map((q) => [q.quarter.id, q.data.title])).toEqual([["2019-Q2", "The second quarter of 2019"]]);
  });
});

describe("the cycle's risks", () => {
  it("an open question older than one report and one organisation's hold on a group are risks", async () => {
    const { riskList } = await import("../../src/archive/risk.ts");
    const finance = riskList(archive, "2019-10-15" as CalendarDate).find((r) => r.group.slug === "finance")!;
    expect(finance.reasons.map((r) => [r.rule, r.message])).toEqual([
      ["question-open", "Not answered in a later report: “When will the roadmap be published?” (review of Q1 2019)."],
      ["concentration", "3 of the 3 presenters and authors of the last 2 reports (Q1 2019, Q2 2019) are from Acme."],
    ]);
  });
});
