// The reporting calendar: one event per report a group owes, on its due date (extension applied),
// from the schedule (schedule.ts), so a subscribed calendar shows the same deadlines as the status
// page. An active group's next deadline is always there, even when it falls after the current
// quarter's (a half-yearly group in Q1 owes its next report for Q2).
import type { Archive, Group } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import { type ScheduleCell, currentQuarter, groupSchedule, isExpected, scheduleCell } from "./schedule.ts";

export interface DueEvent {
  group: Group;
  cell: ScheduleCell;
}

export function groupDueEvents(group: Group, site: Archive["site"], today: CalendarDate): DueEvent[] {
  const cells = groupSchedule(group, site, today).filter((cell) => cell.status !== "not-expected");
  // No deadline ahead: the next report owed is for a quarter after the current one.
  if (!group.data.retired && !cells.some((cell) => cell.due >= today)) {
    let quarter = currentQuarter(today).next();
    // Within a year every cadence files once.
    for (let i = 0; i < 4 && !isExpected(group, quarter); i++) quarter = quarter.next();
    if (isExpected(group, quarter)) cells.push(scheduleCell(group, quarter, site, today));
  }
  return cells.map((cell) => ({ group, cell }));
}

/** Every group's events, by due date, then group name. */
export function dueEvents(archive: Pick<Archive, "groups" | "site">, today: CalendarDate): DueEvent[] {
  const events = archive.groups.flatMap((group) => groupDueEvents(group, archive.site, today));
  return events.sort((a, b) => (a.cell.due < b.cell.due ? -1 : a.cell.due > b.cell.due ? 1 : a.group.name.localeCompare(b.group.name)));
}
