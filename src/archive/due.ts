// Which reports a chair should be writing now: the quarter has ended and its report is not filed,
// whether still within `reportDueDays` (due) or past it (overdue). Reminders go to groups that can
// act, so a retired group is never listed, however many of its reports are missing.
import type { Archive } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import type { Quarter } from "../model/quarter.ts";
import { daysBetween } from "./days.ts";
import { isActive } from "./risk.ts";
import { groupSchedule } from "./schedule.ts";

export type DueStatus = "due" | "overdue";

export interface DueReport {
  /** The group's slug. */
  group: string;
  groupName: string;
  quarter: Quarter;
  status: DueStatus;
  due: CalendarDate;
  /** Days past the due date; 0 while it is only due. */
  daysOverdue: number;
  /** Days until the due date (0 on the day itself); 0 once overdue. */
  daysLeft: number;
  /** The group's current chairs, by name: who is asked to write it. */
  chairs: string[];
  /** Where the report goes, relative to the content folder: `groups/<slug>/<YYYY>-Q<n>.md`. */
  file: string;
}

/** Oldest due date first (so the most overdue lead), then by group name. */
export function dueReports(archive: Pick<Archive, "groups" | "site">, today: CalendarDate): DueReport[] {
  return archive.groups
    .filter((group) => isActive(group, today))
    .flatMap((group) =>
      groupSchedule(group, archive.site, today).flatMap((cell): DueReport[] => {
        const ended = cell.quarter.lastDay < today;
        const status: DueStatus | undefined = cell.status === "missing" ? "overdue" : cell.status === "not-yet-due" && ended ? "due" : undefined;
        if (!status) return [];
        const days = daysBetween(cell.due, today);
        return [
          {
            group: group.slug,
            groupName: group.name,
            quarter: cell.quarter,
            status,
            due: cell.due,
            daysOverdue: Math.max(0, days),
            daysLeft: Math.max(0, -days),
            chairs: (group.data.chairs ?? []).map((c) => c.name),
            file: `groups/${group.slug}/${cell.quarter.id}.md`,
          },
        ];
      }),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.groupName.localeCompare(b.groupName));
}
