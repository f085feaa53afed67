// Who is called about which report, and how urgently, on a given day: the reporting cycle's calls
// before the deadline (first call, reminder, last call, at the site's `reminders` days before the
// due date) and after it (overdue; non-responsive after `nonResponsiveAfter` missed reports in a
// row). The schedule (schedule.ts) alone says what is owed and when it is due; this module only
// reads the calendar against it.
//
// Bounded by design: a run lists the reports whose first call fell within the last
// `firstCallDays` days, and for a group whose latest owed report is overdue, that one report
// (never one per quarter missed since the group began). `recent` tells which is which, so the
// reminders workflow can open issues only for the first and comment on what it already follows.
import type { Archive, Group, Report } from "../model/archive.ts";
import { type CalendarDate, addDays } from "../model/calendar-date.ts";
import type { Quarter } from "../model/quarter.ts";
import { type Person, REMINDER_DEFAULTS, type Reminders, type SiteSettings } from "../model/schema.ts";
import { daysBetween } from "./days.ts";
import { isActive } from "./risk.ts";
import { type ScheduleCell, groupSchedule } from "./schedule.ts";

/** In the order a report goes through them. */
export const STAGES = ["first-call", "reminder", "last-call", "overdue", "non-responsive"] as const;
export type Stage = (typeof STAGES)[number];

export type RecipientRole = "chair" | "author" | "liaison";

export interface Recipient {
  name: string;
  github?: string;
  /** Why this person is asked, in the order chair, author, liaison. */
  roles: RecipientRole[];
  /** `@handle` where the person gives `github`, else the name. */
  mention: string;
}

export interface Reminder {
  group: string;
  groupName: string;
  quarter: Quarter;
  stage: Stage;
  /** The due date, extension applied. */
  due: CalendarDate;
  /** The day the first call goes out: `firstCallDays` before `due`. */
  firstCall: CalendarDate;
  /** Whether the first call fell within the last `firstCallDays` days: a workflow may open an issue for it. */
  recent: boolean;
  /** Days until the due date (negative once past). */
  daysLeft: number;
  /** The group's owed reports not filed, in a row up to this one (this one included once overdue). */
  missed: Quarter[];
  /** When the group has an extension for this quarter, its reason (or an empty string). */
  extension?: { until: CalendarDate; reason: string };
  recipients: Recipient[];
  /** Where the report goes, relative to the content folder. */
  file: string;
}

export function remindersOf(site: Pick<SiteSettings, "reminders">): Reminders {
  return site.reminders ?? REMINDER_DEFAULTS;
}

/** The stage of an unfiled report due on `due`, on `today`; undefined before its first call. */
export function stageOn(due: CalendarDate, today: CalendarDate, settings: Reminders, missedInARow: number): Stage | undefined {
  const left = daysBetween(today, due);
  if (left < 0) return missedInARow >= settings.nonResponsiveAfter ? "non-responsive" : "overdue";
  if (left <= settings.lastCallDays) return "last-call";
  if (left <= settings.reminderDays) return "reminder";
  if (left <= settings.firstCallDays) return "first-call";
  return undefined;
}

/** The group's chairs, the authors of its latest report and its liaison, each once, in that order. */
export function recipientsOf(group: Group, lastReport: Report | undefined): Recipient[] {
  const byName = new Map<string, Recipient>();
  const add = (person: Person, role: RecipientRole) => {
    const key = person.name.trim().toLowerCase();
    const known = byName.get(key);
    if (known) {
      if (!known.roles.includes(role)) known.roles.push(role);
      if (!known.github && person.github) Object.assign(known, { github: person.github, mention: `@${person.github}` });
      return;
    }
    byName.set(key, { name: person.name, ...(person.github && { github: person.github }), roles: [role], mention: person.github ? `@${person.github}` : person.name });
  };
  for (const chair of group.data.chairs ?? []) add(chair, "chair");
  for (const author of lastReport?.authors ?? []) add(author, "author");
  if (group.data.liaison) add(group.data.liaison, "liaison");
  return [...byName.values()];
}

/** Every report to call about on `today`: by due date, then group name. */
export function reminders(archive: Pick<Archive, "groups" | "site">, today: CalendarDate): Reminder[] {
  const settings = remindersOf(archive.site);
  return archive.groups
    .filter((group) => isActive(group, today))
    .flatMap((group) => groupReminders(group, archive.site, settings, today))
    .sort((a, b) => a.due.localeCompare(b.due) || a.groupName.localeCompare(b.groupName));
}

function groupReminders(group: Group, site: Pick<SiteSettings, "reportDueDays">, settings: Reminders, today: CalendarDate): Reminder[] {
  // The schedule runs to the current quarter; a report of this quarter is called before it ends
  // only when the due offset is shorter than firstCallDays, so one quarter more is looked at.
  const cells = groupSchedule(group, site, addDays(today, settings.firstCallDays)).filter((c) => c.status !== "not-expected");
  const windowStart = addDays(today, -settings.firstCallDays);
  const out: Reminder[] = [];
  let missed: Quarter[] = [];
  cells.forEach((cell, index) => {
    if (cell.report) {
      missed = [];
      return;
    }
    const overdue = cell.due < today;
    if (overdue) missed = [...missed, cell.quarter];
    const stage = stageOn(cell.due, today, settings, missed.length);
    if (!stage) return;
    const firstCall = addDays(cell.due, -settings.firstCallDays);
    const recent = firstCall >= windowStart;
    // Of the overdue ones, only the latest, with nothing filed or overdue after it: the one the
    // group can still write. Older misses show in `missed` (and make the stage non-responsive).
    const latest = cells.slice(index + 1).every((later) => !later.report && later.due >= today);
    if (overdue && !recent && !latest) return;
    out.push(reminderFor(group, cell, stage, firstCall, recent, today, [...missed]));
  });
  return out;
}

function reminderFor(group: Group, cell: ScheduleCell, stage: Stage, firstCall: CalendarDate, recent: boolean, today: CalendarDate, missed: Quarter[]): Reminder {
  const last = group.reports.filter((r) => r.quarter.compare(cell.quarter) < 0).at(-1);
  return {
    group: group.slug,
    groupName: group.name,
    quarter: cell.quarter,
    stage,
    due: cell.due,
    firstCall,
    recent,
    daysLeft: daysBetween(today, cell.due),
    missed,
    ...(cell.extension && { extension: { until: cell.extension.until, reason: cell.extension.reason ?? "" } }),
    recipients: recipientsOf(group, last),
    file: `groups/${group.slug}/${cell.quarter.id}.md`,
  };
}
