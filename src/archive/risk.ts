// "Risk at the top": the few groups an overseer should look at first, each with its reasons. The
// rules are an ordered table (order is data: it is the order reasons are listed in), each rule a
// small pure function over one group, and every threshold a named constant, so a steering
// committee can read — and argue about — exactly what puts a group on the list.
//
// A retired group needs no help, so it is never on the list.
import { workProductKey } from "../load/checks/work-product-vanished.ts";
import type { Archive, Group, Report } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import { Quarter as QuarterOf, type Quarter } from "../model/quarter.ts";
import { FINISHED_STATUSES, type SiteSettings } from "../model/schema.ts";
import { type QuestionStatus, questionStatuses } from "./review-questions.ts";
import type { Cadence } from "../model/schema.ts";
import { type ScheduleCell, cadenceOf, groupSchedule } from "./schedule.ts";

/** This many past-due quarters in a row without a report, up to now, is a risk. */
export const MISSING_IN_A_ROW = 2;
/** Typical attendance lower than the report before, this many reports in a row, is a risk. */
export const ATTENDANCE_FALLING_REPORTS = 3;
/** The latest typical attendance below this share of the group's best typical attendance is a risk. */
export const ATTENDANCE_SHARE_OF_BEST = 0.5;
/** Fewer chairs than this is a risk: nobody stands in when the chair cannot. */
export const MIN_CHAIRS = 2;
/** The same need in this many consecutive reports, up to the latest, is a need nobody answered. */
export const UNANSWERED_NEED_REPORTS = 2;
/** A review question still open after this many later reports is a risk ("older than one report"). */
export const OPEN_QUESTION_REPORTS = 1;
/** Concentration is judged over the group's last this many reports. */
export const CONCENTRATION_REPORTS = 4;
/** One organisation giving more than this share of the presenters and authors is a risk (the CHAOSS elephant factor of 1). */
export const CONCENTRATION_SHARE = 0.5;
/** With fewer people than this, a share says nothing. */
export const CONCENTRATION_MIN_PEOPLE = 3;

export type RiskSeverity = "high" | "medium" | "low";
export const SEVERITY_RANK: Record<RiskSeverity, number> = { high: 3, medium: 2, low: 1 };

export interface RiskContext {
  group: Group;
  /** The group's schedule up to the current quarter (schedule.ts). */
  schedule: readonly ScheduleCell[];
  /** The questions of the group's reviews, answered or open (review-questions.ts). */
  questions: readonly QuestionStatus[];
  today: CalendarDate;
}

/** What a rule found: the sentence, and the quarters it is about (for links). */
export interface RiskFinding {
  message: string;
  quarters: Quarter[];
}

export interface RiskRule {
  id: RiskRuleId;
  severity: RiskSeverity;
  /** A short name for the reason, e.g. as a badge. */
  title: string;
  check(ctx: RiskContext): RiskFinding | undefined;
}

export type RiskRuleId =
  | "no-report"
  | "attendance-falling"
  | "attendance-below-half-best"
  | "single-chair"
  | "needs-unanswered"
  | "work-product-blocked"
  | "work-product-overdue"
  | "question-open"
  | "concentration";

export interface RiskReason extends RiskFinding {
  rule: RiskRuleId;
  severity: RiskSeverity;
  title: string;
}

export interface GroupRisk {
  group: Group;
  /** In the rules' order. */
  reasons: RiskReason[];
  /** The highest severity among the reasons. */
  severity: RiskSeverity;
}

const label = (quarters: readonly Quarter[]) => quarters.map((q) => q.label).join(", ");
/** A run of consecutive quarters: listed when short, as a range when long (a list of 29 reads as noise). */
export const span = (run: readonly Quarter[]) => (run.length > 3 ? `${run[0]!.label} to ${run.at(-1)!.label}` : label(run));
const withAttendance = (group: Group) =>
  group.reports.flatMap((r) => (r.data.health?.attendance?.typical !== undefined ? [{ report: r, typical: r.data.health.attendance.typical }] : []));

/** Needs compare without case, extra spaces or closing punctuation. */
export const needKey = (need: string) =>
  need
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.!?;:,]+$/u, "");

/** What a run of missed reports is counted in, by cadence. */
const PERIODS: Record<Cadence, string> = { quarterly: "quarters", "half-yearly": "half-years", yearly: "years" };

export const noReport: RiskRule = {
  id: "no-report",
  severity: "high",
  title: "No recent report",
  check({ group, schedule }) {
    // The run that ends now: quarters not yet due do not break it, nor do the quarters a
    // half-yearly or yearly group files nothing under; a filed report does.
    const run: Quarter[] = [];
    for (const cell of [...schedule].reverse()) {
      if (cell.status === "not-yet-due" || cell.status === "not-expected") continue;
      if (cell.status !== "missing") break;
      run.unshift(cell.quarter);
    }
    if (run.length < MISSING_IN_A_ROW) return undefined;
    return { message: `No report for ${run.length} ${PERIODS[cadenceOf(group)]} in a row (${span(run)}).`, quarters: run };
  },
};

export const attendanceFalling: RiskRule = {
  id: "attendance-falling",
  severity: "medium",
  title: "Attendance falling",
  check({ group }) {
    const points = withAttendance(group).slice(-(ATTENDANCE_FALLING_REPORTS + 1));
    if (points.length < ATTENDANCE_FALLING_REPORTS + 1) return undefined;
    if (!points.every((p, i) => i === 0 || p.typical < points[i - 1]!.typical)) return undefined;
    return {
      message: `Typical attendance fell in ${ATTENDANCE_FALLING_REPORTS} reports in a row: ${points.map((p) => `${p.typical} (${p.report.quarter.label})`).join(" → ")}.`,
      quarters: points.map((p) => p.report.quarter),
    };
  },
};

export const attendanceBelowHalfBest: RiskRule = {
  id: "attendance-below-half-best",
  severity: "medium",
  title: "Attendance far below its best",
  check({ group }) {
    const points = withAttendance(group);
    const latest = points.at(-1);
    if (!latest) return undefined;
    // The earliest report with the best figure is the one named.
    const best = points.reduce((a, b) => (b.typical > a.typical ? b : a));
    if (latest.typical >= best.typical * ATTENDANCE_SHARE_OF_BEST) return undefined;
    return {
      message: `Typical attendance is ${latest.typical} (${latest.report.quarter.label}), below half its best of ${best.typical} (${best.report.quarter.label}).`,
      quarters: [best.report.quarter, latest.report.quarter],
    };
  },
};

export const singleChair: RiskRule = {
  id: "single-chair",
  severity: "low",
  title: "Single chair",
  check({ group }) {
    const chairs = group.data.chairs ?? [];
    if (chairs.length >= MIN_CHAIRS) return undefined;
    const message = chairs.length === 0 ? "No chair is listed." : `A single chair (${chairs.map((c) => c.name).join(", ")}): nobody stands in.`;
    return { message, quarters: [] };
  },
};

export const needsUnanswered: RiskRule = {
  id: "needs-unanswered",
  severity: "medium",
  title: "Needs unanswered",
  check({ group }) {
    const recent = group.reports.slice(-UNANSWERED_NEED_REPORTS);
    if (recent.length < UNANSWERED_NEED_REPORTS) return undefined;
    const [first, ...rest] = recent as [Report, ...Report[]];
    const repeated = (first.data.health?.needs ?? []).filter((need) =>
      rest.every((r) => (r.data.health?.needs ?? []).some((other) => needKey(other) === needKey(need))),
    );
    if (repeated.length === 0) return undefined;
    const quarters = recent.map((r) => r.quarter);
    return {
      message: `${repeated.map((n) => `“${n}”`).join(", ")} asked for in ${UNANSWERED_NEED_REPORTS} reports in a row (${label(quarters)}).`,
      quarters,
    };
  },
};

export const workProductBlocked: RiskRule = {
  id: "work-product-blocked",
  severity: "medium",
  title: "Work blocked",
  check({ group }) {
    const latest = group.reports.at(-1);
    const blocked = (latest?.data.workProducts ?? []).filter((wp) => wp.status === "blocked");
    if (!latest || blocked.length === 0) return undefined;
    const items = blocked.map((wp) => {
      const since = blockedSince(group, workProductKey(wp.title));
      return since.equals(latest.quarter) ? `“${wp.title}”` : `“${wp.title}” (since ${since.label})`;
    });
    return { message: `Blocked in ${latest.quarter.label}: ${items.join(", ")}.`, quarters: [latest.quarter] };
  },
};

export const workProductOverdue: RiskRule = {
  id: "work-product-overdue",
  severity: "medium",
  title: "Work past due",
  check({ group, today }) {
    const latest = group.reports.at(-1);
    const late = (latest?.data.workProducts ?? []).filter((wp) => wp.due !== undefined && !FINISHED_STATUSES.includes(wp.status) && lastDayOf(wp.due) < today);
    if (!latest || late.length === 0) return undefined;
    return { message: `Past due and not done in ${latest.quarter.label}: ${late.map((wp) => `“${wp.title}” (due ${wp.due}, ${wp.status})`).join(", ")}.`, quarters: [latest.quarter] };
  },
};

/** A work product's `due` is a day or a whole quarter; a quarter is due on its last day. */
const lastDayOf = (due: string): string => QuarterOf.parse(due)?.lastDay ?? due;

export const questionOpen: RiskRule = {
  id: "question-open",
  severity: "medium",
  title: "Review question open",
  check({ group, questions }) {
    const old = questions.filter((s) => !s.answer && group.reports.filter((r) => r.quarter.compare(s.review.quarter) > 0).length >= OPEN_QUESTION_REPORTS);
    if (old.length === 0) return undefined;
    const items = old.map((s) => `“${s.question.text}” (review of ${s.review.quarter.label})`);
    const quarters = [...new Map(old.map((s) => [s.review.quarter.id, s.review.quarter])).values()];
    return { message: `Not answered in a later report: ${items.join(", ")}.`, quarters };
  },
};

export const concentration: RiskRule = {
  id: "concentration",
  severity: "low",
  title: "One organisation",
  check({ group }) {
    const recent = group.reports.slice(-CONCENTRATION_REPORTS);
    // Each person once, with the organisation they last gave; presenters and authors alike.
    const orgOf = new Map<string, string | undefined>();
    for (const report of recent) {
      const people = [...report.authors, ...(report.data.agenda ?? []).flatMap((s) => s.presenters ?? [])];
      for (const person of people) {
        const key = person.name.trim().toLowerCase();
        orgOf.set(key, person.org?.trim() || orgOf.get(key));
      }
    }
    if (orgOf.size < CONCENTRATION_MIN_PEOPLE) return undefined;
    const counts = new Map<string, number>();
    for (const org of orgOf.values()) if (org) counts.set(org, (counts.get(org) ?? 0) + 1);
    const [top, n] = [...counts.entries()].reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ["", 0]);
    if (n <= orgOf.size * CONCENTRATION_SHARE) return undefined;
    const quarters = recent.map((r) => r.quarter);
    return { message: `${n} of the ${orgOf.size} presenters and authors of ${quarters.length === 1 ? "the last report" : `the last ${quarters.length} reports`} (${span(quarters)}) are from ${top}.`, quarters };
  },
};

/** The quarter of the earliest report in the unbroken run of reports, up to the latest, where it is blocked. */
function blockedSince(group: Group, key: string): Quarter {
  let since = group.reports.at(-1)!.quarter;
  for (const report of [...group.reports].reverse()) {
    const wp = report.data.workProducts?.find((w) => workProductKey(w.title) === key);
    if (wp?.status !== "blocked") break;
    since = report.quarter;
  }
  return since;
}

/** The rules, in the order their reasons are listed. */
export const RISK_RULES: readonly RiskRule[] = [
  noReport,
  attendanceFalling,
  attendanceBelowHalfBest,
  workProductBlocked,
  workProductOverdue,
  needsUnanswered,
  questionOpen,
  concentration,
  singleChair,
];

/** A group retired on or before `today` needs no attention. */
export function isActive(group: Group, today: CalendarDate): boolean {
  return group.data.retired === undefined || group.data.retired > today;
}

export function groupRisk(
  group: Group,
  site: Pick<SiteSettings, "reportDueDays">,
  today: CalendarDate,
  rules: readonly RiskRule[] = RISK_RULES,
  questions: readonly QuestionStatus[] = [],
): GroupRisk | undefined {
  if (!isActive(group, today)) return undefined;
  const ctx: RiskContext = { group, schedule: groupSchedule(group, site, today), questions, today };
  const reasons = rules.flatMap((rule): RiskReason[] => {
    const finding = rule.check(ctx);
    return finding ? [{ rule: rule.id, severity: rule.severity, title: rule.title, ...finding }] : [];
  });
  if (reasons.length === 0) return undefined;
  const severity = reasons.map((r) => r.severity).reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a));
  return { group, reasons, severity };
}

/** Groups with at least one reason: most severe first, then most reasons, then by name. */
export function riskList(
  archive: Pick<Archive, "groups" | "site"> & Partial<Pick<Archive, "reviews" | "reports">>,
  today: CalendarDate,
  options: { limit?: number; rules?: readonly RiskRule[] } = {},
): GroupRisk[] {
  const questions = questionStatuses({ reviews: archive.reviews ?? [], reports: archive.reports ?? [] });
  const list = archive.groups
    .flatMap((group) => groupRisk(group, archive.site, today, options.rules, questions.filter((q) => q.review.group === group.slug)) ?? [])
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.reasons.length - a.reasons.length || a.group.name.localeCompare(b.group.name),
    );
  return options.limit === undefined ? list : list.slice(0, options.limit);
}
