// How the status grid is laid out for reading today, years into an archive: newest quarter first
// (so the quarters that matter are in view before any scrolling, on a phone too), quarters in which
// no group owes a report folded into one narrow column, and a row's run of "not expected" cells
// (before a group began, after it retired, between a half-yearly group's reports) told once. The
// verdicts stay the schedule's (status-grid.ts); this module only groups them.
import type { Quarter } from "../model/quarter.ts";
import type { ScheduleCell, ScheduleStatus } from "./schedule.ts";
import { type StatusGrid, type StatusRow, cellLabel, statusWords } from "./status-grid.ts";

/** One column as shown: a single quarter, or a run of quarters in which nobody owes a report. */
export interface LaidColumn {
  /** Oldest first, whatever the columns' order. */
  quarters: Quarter[];
  /** No group owes (or filed) a report in any of these quarters. */
  quiet: boolean;
}

/** One cell as shown; `span` is how many shown columns it covers (a run of "not expected"). */
export interface LaidCell {
  status: ScheduleStatus;
  span: number;
  /** The quarters it stands for, oldest first. */
  quarters: Quarter[];
  /** The schedule's own cell, when the laid cell is exactly one quarter. */
  cell?: ScheduleCell;
  /** Its whole sentence: cellLabel for one quarter, "Q1 2019 to Q2 2019: not expected" for a run. */
  label: string;
}

export interface LaidRow {
  row: StatusRow;
  cells: LaidCell[];
}

export interface StatusLayout {
  /** Newest first. */
  columns: LaidColumn[];
  rows: LaidRow[];
}

export function rangeLabel(quarters: readonly Quarter[]): string {
  const first = quarters[0];
  const last = quarters.at(-1);
  if (!first || !last) return "";
  return first.equals(last) ? first.label : `${first.label} to ${last.label}`;
}

export function layOutStatusGrid(grid: StatusGrid): StatusLayout {
  const quiet = grid.columns.map((_, i) => grid.rows.every((row) => row.cells[i]?.status === "not-expected"));
  // Chronological groups of column indexes: each quiet run is one group, every other quarter its own.
  const groups: number[][] = [];
  grid.columns.forEach((_, i) => {
    const previous = groups.at(-1);
    if (quiet[i] && previous && quiet[previous[0]!]) previous.push(i);
    else groups.push([i]);
  });
  const shown = groups.reverse();
  const columns = shown.map((indexes) => ({ quarters: indexes.map((i) => grid.columns[i]!), quiet: quiet[indexes[0]!]! }));
  const rows = grid.rows.map((row) => ({ row, cells: layOutRow(row, shown) }));
  return { columns, rows };
}

function layOutRow(row: StatusRow, shown: number[][]): LaidCell[] {
  const cells: LaidCell[] = [];
  for (const indexes of shown) {
    const scheduled = indexes.map((i) => row.cells[i]!);
    const first = scheduled[0]!;
    const previous = cells.at(-1);
    if (first.status === "not-expected" && previous?.status === "not-expected") {
      // Newest first, so the earlier quarters go in front.
      previous.quarters = [...scheduled.map((c) => c.quarter), ...previous.quarters];
      previous.span += 1;
      delete previous.cell;
      continue;
    }
    cells.push({ status: first.status, span: 1, quarters: scheduled.map((c) => c.quarter), ...(scheduled.length === 1 ? { cell: first } : {}), label: "" });
  }
  for (const cell of cells) cell.label = cell.cell ? cellLabel(cell.cell) : `${rangeLabel(cell.quarters)}: ${statusWords(cell.status)}`;
  return cells;
}
