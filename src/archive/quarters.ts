// The archive by quarter: which groups reported, which active groups have not (late, missing, not
// yet due, from schedule.ts) and every group's call for help gathered in one list.
import type { Archive, Group, Report } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import type { Quarter } from "../model/quarter.ts";
import { type ScheduleCell, groupSchedule } from "./schedule.ts";

export interface QuarterGroupStatus {
  group: Group;
  cell: ScheduleCell;
}

export interface QuarterNeed {
  group: Group;
  report: Report;
  need: string;
}

export interface QuarterSummary {
  quarter: Quarter;
  /** Reports filed for the quarter, by group name. */
  reports: Report[];
  /** Every group expected to report or that reported, by group name, with its schedule cell. */
  statuses: QuarterGroupStatus[];
  needs: QuarterNeed[];
}

/** Every quarter in which some group was expected to report or did; newest first. */
export function quarterSummaries(archive: Archive, today: CalendarDate): QuarterSummary[] {
  const byOrdinal = new Map<number, QuarterSummary>();
  // archive.groups is by name, so each summary's lists come out by name too.
  for (const group of archive.groups) {
    for (const cell of groupSchedule(group, archive.site, today)) {
      if (cell.status === "not-expected" && !cell.report) continue;
      let summary = byOrdinal.get(cell.quarter.ordinal);
      if (!summary) {
        summary = { quarter: cell.quarter, reports: [], statuses: [], needs: [] };
        byOrdinal.set(cell.quarter.ordinal, summary);
      }
      summary.statuses.push({ group, cell });
      if (cell.report) {
        summary.reports.push(cell.report);
        for (const need of cell.report.data.health?.needs ?? []) summary.needs.push({ group, report: cell.report, need });
      }
    }
  }
  return [...byOrdinal.values()].sort((a, b) => b.quarter.compare(a.quarter));
}
