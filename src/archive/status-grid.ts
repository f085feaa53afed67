// The oversight view's grid: every group × every quarter, one shared column range so the rows line
// up and a reader can scan a quarter down the page. Each cell is the schedule's own verdict
// (schedule.ts decides filed / late / missing / not yet due / not expected); this module only lays
// the cells out and words a summary per row, because a colour grid says nothing to a screen reader.
import type { Archive, Group } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import type { Quarter } from "../model/quarter.ts";
import { type ScheduleCell, type ScheduleStatus, currentQuarter, groupSchedule, scheduleCell } from "./schedule.ts";

export type StatusCounts = Record<ScheduleStatus, number>;

export interface StatusRow {
  group: Group;
  /** One cell per column of the grid, in the same order. */
  cells: ScheduleCell[];
  counts: StatusCounts;
  /** "4 filed, 1 late, 2 not yet due": the row in words, for screen readers and text views. */
  summary: string;
}

export interface StatusGrid {
  today: CalendarDate;
  /** Oldest first; shared by every row. */
  columns: Quarter[];
  /** In the archive's group order (by name). */
  rows: StatusRow[];
}

/** The order statuses are counted and named in; not-expected cells are not worth a word. */
export const SUMMARY_ORDER: readonly ScheduleStatus[] = ["filed", "late", "missing", "not-yet-due"];

const STATUS_WORDS: Record<ScheduleStatus, string> = {
  filed: "filed",
  late: "late",
  missing: "missing",
  "not-yet-due": "not yet due",
  "not-expected": "not expected",
};

export function statusWords(status: ScheduleStatus): string {
  return STATUS_WORDS[status];
}

/**
 * The grid's columns run from the earliest quarter any group's schedule starts (its `established`
 * or first report) to the current quarter, or later if some report is filed for a later quarter.
 */
export function statusGrid(archive: Pick<Archive, "groups" | "site">, today: CalendarDate): StatusGrid {
  const schedules = archive.groups.map((group) => groupSchedule(group, archive.site, today));
  let first: Quarter | undefined;
  let last = currentQuarter(today);
  for (const cells of schedules) {
    const start = cells[0]?.quarter;
    const end = cells.at(-1)?.quarter;
    if (start && (!first || start.compare(first) < 0)) first = start;
    if (end && end.compare(last) > 0) last = end;
  }
  const columns = first ? first.until(last) : [];
  const rows = archive.groups.map((group) => {
    // Outside a group's own schedule the schedule's verdict is "not expected", so one call fits all.
    const cells = columns.map((quarter) => scheduleCell(group, quarter, archive.site, today));
    const counts = countStatuses(cells);
    return { group, cells, counts, summary: statusSummary(counts) };
  });
  return { today, columns, rows };
}

export function countStatuses(cells: readonly ScheduleCell[]): StatusCounts {
  const counts: StatusCounts = { filed: 0, late: 0, missing: 0, "not-yet-due": 0, "not-expected": 0 };
  for (const cell of cells) counts[cell.status]++;
  return counts;
}

/** "3 filed, 1 late, 2 missing"; "no reports expected yet" when every cell is not expected. */
export function statusSummary(counts: StatusCounts): string {
  const parts = SUMMARY_ORDER.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${STATUS_WORDS[status]}`);
  return parts.length > 0 ? parts.join(", ") : "no reports expected yet";
}

/** One cell in words, for a cell's accessible name or tooltip: "Q2 2019: late (submitted 2019-08-20, due 2019-07-30)". */
export function cellLabel(cell: ScheduleCell): string {
  const head = `${cell.quarter.label}: ${STATUS_WORDS[cell.status]}`;
  const submitted = cell.report?.data.submitted;
  switch (cell.status) {
    case "filed":
    case "late":
      return submitted ? `${head} (submitted ${submitted}, due ${cell.due})` : `${head} (due ${cell.due})`;
    case "missing":
      return `${head} (was due ${cell.due})`;
    case "not-yet-due":
      return `${head} (due ${cell.due})`;
    case "not-expected":
      return head;
  }
}
