// Which reports are expected, when each is due, and what became of it. A quarter without a report
// is no file's fault, so the loader says nothing of it; the site shows it, computed from the
// group's `established`, `retired`, `cadence`, `reportDueDays` and `extensions`, and the site's
// `reportDueDays` (spec: "What is wrong", "The reporting cycle"). Lateness is decided here only:
// the status grid, group and quarter pages, risk, `due`, `remind` and the feeds all ask this module.
import type { Group, Report } from "../model/archive.ts";
import { type CalendarDate, addDays } from "../model/calendar-date.ts";
import { Quarter, type QuarterNumber } from "../model/quarter.ts";
import type { Cadence, Extension, SiteSettings } from "../model/schema.ts";

export type ScheduleStatus = "filed" | "late" | "missing" | "not-yet-due" | "not-expected";

export interface ScheduleCell {
  quarter: Quarter;
  status: ScheduleStatus;
  /** The due date, the group's extension for the quarter applied. */
  due: CalendarDate;
  /** The group's extension for this quarter, when it has one (then `due` is its `until`, or later). */
  extension?: Extension;
  report?: Report;
}

/** The quarters a cadence files its reports under: a half-year's report under its last quarter, a year's under Q4. */
const FILING_QUARTERS: Record<Cadence, readonly QuarterNumber[]> = {
  quarterly: [1, 2, 3, 4],
  "half-yearly": [2, 4],
  yearly: [4],
};
/** How many quarters one report of a cadence covers. */
const QUARTERS_COVERED: Record<Cadence, number> = { quarterly: 1, "half-yearly": 2, yearly: 4 };

export function cadenceOf(group: Pick<Group, "data">): Cadence {
  return group.data.cadence ?? "quarterly";
}

/** Whether a group of this cadence files a report under `quarter` (half-yearly: Q2 and Q4; yearly: Q4). */
export function isFilingQuarter(cadence: Cadence, quarter: Quarter): boolean {
  return FILING_QUARTERS[cadence].includes(quarter.number);
}

/** The quarters a report filed under `quarter` covers, oldest first: `2019-Q2` of a half-yearly group is Q1 and Q2 2019. */
export function coveredQuarters(cadence: Cadence, quarter: Quarter): Quarter[] {
  const out = [quarter];
  while (out.length < QUARTERS_COVERED[cadence]) out.unshift(out[0]!.previous());
  return out;
}

/** The group's own due offset (staggered deadlines), else the site's. */
export function dueDays(site: Pick<SiteSettings, "reportDueDays">, group?: Pick<Group, "data">): number {
  return group?.data.reportDueDays ?? site.reportDueDays;
}

/** The group's extension for `quarter`; the last one listed wins, as a renewed agreement. */
export function extensionFor(group: Pick<Group, "data">, quarter: Quarter): Extension | undefined {
  return group.data.extensions?.filter((e) => e.quarter === quarter.id).at(-1);
}

/** The due date without extension: the group's (or site's) offset after the quarter ends. */
export function regularDueDate(quarter: Quarter, site: Pick<SiteSettings, "reportDueDays">, group?: Pick<Group, "data">): CalendarDate {
  return addDays(quarter.lastDay, dueDays(site, group));
}

/**
 * When the report of `quarter` is due: the regular date, or the extension's `until` when that is
 * later (an extension never brings a deadline forward). Without a group, the site's offset alone.
 */
export function dueDate(quarter: Quarter, site: Pick<SiteSettings, "reportDueDays">, group?: Pick<Group, "data">): CalendarDate {
  const regular = regularDueDate(quarter, site, group);
  const until = group && extensionFor(group, quarter)?.until;
  return until !== undefined && until > regular ? until : regular;
}

/** The first quarter a report is expected: `established`'s, else the first report's. */
export function firstExpectedQuarter(group: Group): Quarter | undefined {
  if (group.data.established) return Quarter.containing(group.data.established);
  return group.reports[0]?.quarter;
}

/** The last quarter a report is expected: `retired`'s, if any. */
export function lastExpectedQuarter(group: Group): Quarter | undefined {
  return group.data.retired ? Quarter.containing(group.data.retired) : undefined;
}

/** Whether a report is owed for `quarter`: inside the group's active span, and a quarter its cadence files under. */
export function isExpected(group: Group, quarter: Quarter): boolean {
  const first = firstExpectedQuarter(group);
  const last = lastExpectedQuarter(group);
  return (
    first !== undefined &&
    quarter.compare(first) >= 0 &&
    (last === undefined || quarter.compare(last) <= 0) &&
    isFilingQuarter(cadenceOf(group), quarter)
  );
}

export function scheduleCell(group: Group, quarter: Quarter, site: Pick<SiteSettings, "reportDueDays">, today: CalendarDate): ScheduleCell {
  const due = dueDate(quarter, site, group);
  const extension = extensionFor(group, quarter);
  const base = extension ? { quarter, due, extension } : { quarter, due };
  const report = group.reports.find((r) => r.quarter.equals(quarter));
  if (report) {
    const submitted = report.data.submitted;
    return { ...base, report, status: submitted !== undefined && submitted > due ? "late" : "filed" };
  }
  if (!isExpected(group, quarter)) return { ...base, status: "not-expected" };
  return { ...base, status: today > due ? "missing" : "not-yet-due" };
}

/** The quarter that contains `today`: the latest quarter any schedule runs to. */
export function currentQuarter(today: CalendarDate): Quarter {
  return Quarter.containing(today);
}

// The status grid, the quarters, risk, reminders, the calendar and the group's page each ask for a
// group's schedule: made once per group, site settings and day (groups and settings are immutable).
const schedules = new WeakMap<Group, { site: object; today: CalendarDate; cells: readonly ScheduleCell[] }>();

/** Every quarter from the group's first expected one to `until` (or its retirement), with its cell. */
export function groupSchedule(group: Group, site: Pick<SiteSettings, "reportDueDays">, today: CalendarDate): readonly ScheduleCell[] {
  const known = schedules.get(group);
  if (known && known.site === site && known.today === today) return known.cells;
  const cells = scheduleOf(group, site, today);
  schedules.set(group, { site, today, cells });
  return cells;
}

function scheduleOf(group: Group, site: Pick<SiteSettings, "reportDueDays">, today: CalendarDate): ScheduleCell[] {
  const first = firstExpectedQuarter(group);
  if (!first) return [];
  const lastReport = group.reports.at(-1)?.quarter;
  let last = lastExpectedQuarter(group) ?? currentQuarter(today);
  if (lastReport && lastReport.compare(last) > 0) last = lastReport;
  const start = group.reports[0] && group.reports[0].quarter.compare(first) < 0 ? group.reports[0].quarter : first;
  return start.until(last).map((q) => scheduleCell(group, q, site, today));
}

