// Which reports are expected, when each is due, and what became of it. A quarter without a report
// is no file's fault, so the loader says nothing of it; the site shows it, computed from the
// group's `established` and `retired` and the site's `reportDueDays` (spec: "What is wrong").
import type { Group, Report } from "../model/archive.ts";
import { type CalendarDate, addDays } from "../model/calendar-date.ts";
import { Quarter } from "../model/quarter.ts";
import type { SiteSettings } from "../model/schema.ts";

export type ScheduleStatus = "filed" | "late" | "missing" | "not-yet-due" | "not-expected";

export interface ScheduleCell {
  quarter: Quarter;
  status: ScheduleStatus;
  due: CalendarDate;
  report?: Report;
}

export function dueDate(quarter: Quarter, site: Pick<SiteSettings, "reportDueDays">): CalendarDate {
  return addDays(quarter.lastDay, site.reportDueDays);
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

export function isExpected(group: Group, quarter: Quarter): boolean {
  const first = firstExpectedQuarter(group);
  const last = lastExpectedQuarter(group);
  return first !== undefined && quarter.compare(first) >= 0 && (last === undefined || quarter.compare(last) <= 0);
}

export function scheduleCell(group: Group, quarter: Quarter, site: Pick<SiteSettings, "reportDueDays">, today: CalendarDate): ScheduleCell {
  const due = dueDate(quarter, site);
  const report = group.reports.find((r) => r.quarter.equals(quarter));
  if (report) {
    const submitted = report.data.submitted;
    return { quarter, due, report, status: submitted !== undefined && submitted > due ? "late" : "filed" };
  }
  if (!isExpected(group, quarter)) return { quarter, due, status: "not-expected" };
  return { quarter, due, status: today > due ? "missing" : "not-yet-due" };
}

/** The quarter that contains `today`: the latest quarter any schedule runs to. */
export function currentQuarter(today: CalendarDate): Quarter {
  return Quarter.containing(today);
}

/** Every quarter from the group's first expected one to `until` (or its retirement), with its cell. */
export function groupSchedule(group: Group, site: Pick<SiteSettings, "reportDueDays">, today: CalendarDate): ScheduleCell[] {
  const first = firstExpectedQuarter(group);
  if (!first) return [];
  const lastReport = group.reports.at(-1)?.quarter;
  let last = lastExpectedQuarter(group) ?? currentQuarter(today);
  if (lastReport && lastReport.compare(last) > 0) last = lastReport;
  const start = group.reports[0] && group.reports[0].quarter.compare(first) < 0 ? group.reports[0].quarter : first;
  return start.until(last).map((q) => scheduleCell(group, q, site, today));
}

