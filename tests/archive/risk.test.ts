import { describe, expect, it } from "vitest";
import {
  ATTENDANCE_FALLING_REPORTS,
  ATTENDANCE_SHARE_OF_BEST,
  MIN_CHAIRS,
  MISSING_IN_A_ROW,
  RISK_RULES,
  type RiskRuleId,
  UNANSWERED_NEED_REPORTS,
  groupRisk,
  needKey,
  riskList,
} from "../../src/archive/risk.ts";
import type { QuestionStatus } from "../../src/archive/review-questions.ts";
import { groupSchedule } from "../../src/archive/schedule.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import type { Group, Report } from "../../src/model/archive.ts";
import { Quarter } from "../../src/model/quarter.ts";
import type { GroupFrontMatter, ReportFrontMatter } from "../../src/model/schema.ts";
import { OVERSIGHT_TODAY, loadOversight } from "../helpers/oversight.ts";

const SITE = { reportDueDays: 30 };
const TODAY = "2020-07-15" as CalendarDate;

/** A group built in memory: front-matter plus reports by quarter id, as the loader would give them. */
function group(data: Partial<GroupFrontMatter>, reports: Record<string, ReportFrontMatter> = {}): Group {
  const front: GroupFrontMatter = { name: "G", kind: "SIG", chairs: [{ name: "A" }, { name: "B" }], ...data };
  return {
    slug: "g",
    sourcePath: "groups/g/index.md",
    data: front,
    name: front.name,
    description: { markdown: "", html: "" },
    reports: Object.entries(reports).map(
      ([id, d]): Report => ({
        group: "g",
        quarter: Quarter.parse(id)!,
        sourcePath: `groups/g/${id}.md`,
        data: d,
        title: id,
        summary: undefined,
        authors: d.authors ?? front.chairs ?? [],
        sections: [],
        sessionSummariesHtml: [],
      }),
    ),
  };
}

const typical = (n: number): ReportFrontMatter => ({ health: { attendance: { typical: n } } });
const needs = (...list: string[]): ReportFrontMatter => ({ health: { needs: list } });
const blocked = (title: string): ReportFrontMatter => ({ workProducts: [{ title, status: "blocked" }] });
const wp = (due: string, status: "in-progress" | "done" = "in-progress"): ReportFrontMatter => ({ workProducts: [{ title: "Guide", status, due }] });
const people = (...list: [string, string?][]): ReportFrontMatter => ({
  authors: list.slice(0, 2).map(([name, org]) => ({ name, ...(org && { org }) })),
  agenda: [{ date: "2020-05-01" as CalendarDate, title: "Call", presenters: list.slice(2).map(([name, org]) => ({ name, ...(org && { org }) })) }],
});
/** One question asked in the review of the group's `quarter` report, never answered. */
const asked = (g: Group, quarter: string): QuestionStatus[] => [
  {
    review: { group: g.slug, quarter: Quarter.parse(quarter)!, sourcePath: `groups/g/${quarter}.review.md`, data: { reviewers: [{ name: "R" }], date: "2020-05-01" as CalendarDate }, comments: { markdown: "", html: "" } },
    question: { id: "roadmap", text: "When is the roadmap due?" },
  },
];
const twoReports = group({}, { "2020-Q1": {}, "2020-Q2": {} });

/** Each rule: a group it flags (with the message), and one just short of its threshold. */
const cases: Record<RiskRuleId, { flagged: Group; message: string; clear: Group; questions?: { flagged: QuestionStatus[]; clear: QuestionStatus[] } }> = {
  "no-report": {
    // Q1 2020 due 2020-04-30 and Q4 2019 due 2020-01-30 are missing; Q2 2020 (due 2020-07-30) does not break the run.
    flagged: group({ established: "2019-10-01" as CalendarDate }, { "2019-Q3": {} }),
    message: "No report for 2 quarters in a row (Q4 2019, Q1 2020).",
    clear: group({ established: "2019-10-01" as CalendarDate }, { "2019-Q4": {} }),
  },
  "attendance-falling": {
    flagged: group({}, { "2019-Q3": typical(12), "2019-Q4": typical(11), "2020-Q1": typical(10), "2020-Q2": typical(9) }),
    message: "Typical attendance fell in 3 reports in a row: 12 (Q3 2019) → 11 (Q4 2019) → 10 (Q1 2020) → 9 (Q2 2020).",
    clear: group({}, { "2019-Q3": typical(12), "2019-Q4": typical(12), "2020-Q1": typical(10), "2020-Q2": typical(9) }),
  },
  "attendance-below-half-best": {
    flagged: group({}, { "2019-Q4": typical(20), "2020-Q1": typical(25), "2020-Q2": typical(12) }),
    message: "Typical attendance is 12 (Q2 2020), below half its best of 25 (Q1 2020).",
    clear: group({}, { "2019-Q4": typical(20), "2020-Q1": typical(24), "2020-Q2": typical(12) }),
  },
  "work-product-blocked": {
    flagged: group({}, { "2020-Q1": blocked("Spec"), "2020-Q2": blocked("spec") }),
    message: "Blocked in Q2 2020: “spec” (since Q1 2020).",
    clear: group({}, { "2020-Q1": blocked("Spec"), "2020-Q2": { workProducts: [{ title: "Spec", status: "in-progress" }] } }),
  },
  "needs-unanswered": {
    flagged: group({}, { "2019-Q4": needs("A note taker", "Hosting."), "2020-Q2": needs("hosting", "Speakers") }),
    message: "“Hosting.” asked for in 2 reports in a row (Q4 2019, Q2 2020).",
    // Asked for twice, but not in the latest report: answered.
    clear: group({}, { "2019-Q3": needs("Hosting"), "2019-Q4": needs("Hosting"), "2020-Q1": needs("Speakers") }),
  },
  "work-product-overdue": {
    flagged: group({}, { "2020-Q2": wp("2020-Q1") }),
    message: "Past due and not done in Q2 2020: “Guide” (due 2020-Q1, in-progress).",
    clear: group({}, { "2020-Q1": wp("2020-07-15"), "2020-Q2": wp("2020-Q1", "done") }),
  },
  "question-open": {
    flagged: twoReports,
    message: "Not answered in a later report: “When is the roadmap due?” (review of Q1 2020).",
    // Asked of the latest report: the group has not had a report to answer it in yet.
    clear: twoReports,
    questions: { flagged: asked(twoReports, "2020-Q1"), clear: asked(twoReports, "2020-Q2") },
  },
  concentration: {
    flagged: group({}, { "2020-Q2": people(["Xi", "Acme"], ["Yo", "Acme"], ["Zed", "Acme"], ["Wu", "Other"]) }),
    message: "3 of the 4 presenters and authors of the last report (Q2 2020) are from Acme.",
    // Exactly half is not more than half.
    clear: group({}, { "2020-Q2": people(["Xi", "Acme"], ["Yo", "Acme"], ["Zed", "Other"], ["Wu"]) }),
  },
  "single-chair": {
    flagged: group({ chairs: [{ name: "Solo" }] }),
    message: "A single chair (Solo): nobody stands in.",
    clear: group({ chairs: [{ name: "A" }, { name: "B" }] }),
  },
};

const reasonsOf = (g: Group, questions: QuestionStatus[] = []) => groupRisk(g, SITE, TODAY, RISK_RULES, questions)?.reasons ?? [];

describe("the risk rules", () => {
  it("name their thresholds", () => {
    expect({ MISSING_IN_A_ROW, ATTENDANCE_FALLING_REPORTS, ATTENDANCE_SHARE_OF_BEST, MIN_CHAIRS, UNANSWERED_NEED_REPORTS }).toEqual({
      MISSING_IN_A_ROW: 2,
      ATTENDANCE_FALLING_REPORTS: 3,
      ATTENDANCE_SHARE_OF_BEST: 0.5,
      MIN_CHAIRS: 2,
      UNANSWERED_NEED_REPORTS: 2,
    });
  });

  it("each have a case below, in the table's order", () => {
    expect(RISK_RULES.map((r) => r.id)).toEqual([
      "no-report",
      "attendance-falling",
      "attendance-below-half-best",
      "work-product-blocked",
      "work-product-overdue",
      "needs-unanswered",
      "question-open",
      "concentration",
      "single-chair",
    ]);
    expect(Object.keys(cases).sort()).toEqual(RISK_RULES.map((r) => r.id).sort());
  });

  describe.each(RISK_RULES.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
    const { flagged, message, clear, questions } = cases[id];
    it("flags a group past its threshold, with the reason in words", () => {
      const ctx = { group: flagged, schedule: groupSchedule(flagged, SITE, TODAY), questions: questions?.flagged ?? [], today: TODAY };
      expect(rule.check(ctx)?.message).toBe(message);
      expect(reasonsOf(flagged, questions?.flagged).map((r) => r.rule)).toEqual([id]);
    });
    it("leaves a group just short of it alone", () => {
      const ctx = { group: clear, schedule: groupSchedule(clear, SITE, TODAY), questions: questions?.clear ?? [], today: TODAY };
      expect(rule.check(ctx)).toBeUndefined();
      expect(reasonsOf(clear, questions?.clear)).toEqual([]);
    });
  });

  it("says so when no chair is listed at all", () => {
    expect(reasonsOf(group({ chairs: [] })).map((r) => r.message)).toEqual(["No chair is listed."]);
  });

  it("normalise needs by case, spaces and closing punctuation", () => {
    expect(needKey("  Hosting for the  demo network. ")).toBe(needKey("hosting for the demo network"));
    expect(needKey("Hosting")).not.toBe(needKey("Hosts"));
  });

  it("never flag a retired group", () => {
    const retired = group({ chairs: [{ name: "Solo" }], retired: "2020-03-31" as CalendarDate });
    expect(groupRisk(retired, SITE, TODAY)).toBeUndefined();
    // Retiring later than today: still active.
    expect(groupRisk({ ...retired, data: { ...retired.data, retired: "2020-12-31" as CalendarDate } }, SITE, TODAY)?.reasons).toHaveLength(1);
  });
});

describe("the risk list of the oversight fixture", () => {
  it("puts the most severe group first, then the one with most reasons, and leaves out healthy and retired groups", async () => {
    const { archive } = await loadOversight();
    const list = riskList(archive, OVERSIGHT_TODAY);
    expect(list.map((r) => [r.group.slug, r.severity, r.reasons.map((x) => x.rule)])).toEqual([
      ["delta", "high", ["no-report"]],
      ["alpha", "medium", ["attendance-falling", "attendance-below-half-best", "work-product-blocked", "single-chair"]],
      ["beta", "medium", ["needs-unanswered"]],
    ]);
    expect(list.flatMap((r) => r.reasons.map((x) => x.message))).toEqual([
      "No report for 2 quarters in a row (Q4 2019, Q1 2020).",
      "Typical attendance fell in 3 reports in a row: 22 (Q2 2019) → 18 (Q3 2019) → 14 (Q4 2019) → 9 (Q1 2020).",
      "Typical attendance is 9 (Q1 2020), below half its best of 22 (Q2 2019).",
      "Blocked in Q1 2020: “Reference architecture” (since Q4 2019).",
      "A single chair (Ada Chair): nobody stands in.",
      "“Hosting for the demo network.” asked for in 2 reports in a row (Q3 2019, Q1 2020).",
    ]);
    expect(list[0]!.reasons[0]!.quarters.map((q) => q.id)).toEqual(["2019-Q4", "2020-Q1"]);
    expect(riskList(archive, OVERSIGHT_TODAY, { limit: 1 }).map((r) => r.group.slug)).toEqual(["delta"]);
  });
});

describe("span", () => {
  it("lists a short run and gives a long one as a range", async () => {
    const { span } = await import("../../src/archive/risk.ts");
    const { Quarter } = await import("../../src/model/quarter.ts");
    const from = Quarter.parse("2019-Q3")!;
    expect(span(from.until(Quarter.parse("2020-Q1")!))).toBe("Q3 2019, Q4 2019, Q1 2020");
    expect(span(from.until(Quarter.parse("2026-Q3")!))).toBe("Q3 2019 to Q3 2026");
  });
});
