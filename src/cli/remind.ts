// `sigreport remind`: the calls of the reporting cycle on a day, for people (text), for the
// reminders workflow (json: one object per group and report, with the issue's title, body and a
// stable marker) or as annotations in a workflow run (github). Like `due`, it is a report, not a
// check: it exits 0 whatever it finds. The wording is neutral on purpose (apache/whimsy#222):
// a title says when a report is due, never that it is missing.
import path from "node:path";
import { type Reminder, type Stage, reminders, remindersOf } from "../archive/reminders.ts";
import { span } from "../archive/risk.ts";
import type { Archive } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import type { ParsedArgs } from "./args.ts";
import type { Io } from "./io.ts";
import { loadForSchedule, scheduleArgs } from "./load-for-schedule.ts";

export async function remind(args: ParsedArgs, io: Io): Promise<number> {
  const { format, date, contentDir } = scheduleArgs(args, "remind");

  const archive = await loadForSchedule(contentDir, io, "who to remind");
  if (typeof archive === "number") return archive;
  const list = reminders(archive, date);
  const file = (r: Reminder) => toPosix(path.join(contentDir, r.file));
  if (format === "json") io.out(JSON.stringify(list.map((r) => reminderJson(r, archive, date, file(r))), null, 2));
  else if (format === "github") io.out(list.length > 0 ? list.map((r) => githubCommand(r, archive, file(r))).join("\n") : `No reports to call about on ${date}.`);
  else io.out(formatText(list, archive, date));
  return 0;
}

/** What the reminders workflow finds an issue by: one per group and report, whatever its stage. */
export const markerOf = (r: Pick<Reminder, "group" | "quarter">) => `sigreport-reminder:${r.group}/${r.quarter.id}`;

export interface ReminderJson {
  group: string;
  groupName: string;
  quarter: string;
  quarterLabel: string;
  stage: Stage;
  due: CalendarDate;
  firstCall: CalendarDate;
  recent: boolean;
  daysLeft: number;
  missed: string[];
  extension?: { until: CalendarDate; reason: string };
  /** `@handle` or name of each person asked. */
  recipients: string[];
  people: Reminder["recipients"];
  file: string;
  marker: string;
  title: string;
  body: string;
}

export function reminderJson(r: Reminder, archive: Pick<Archive, "site">, date: CalendarDate, file: string): ReminderJson {
  return {
    group: r.group,
    groupName: r.groupName,
    quarter: r.quarter.id,
    quarterLabel: r.quarter.label,
    stage: r.stage,
    due: r.due,
    firstCall: r.firstCall,
    recent: r.recent,
    daysLeft: r.daysLeft,
    missed: r.missed.map((q) => q.id),
    ...(r.extension && { extension: r.extension }),
    recipients: r.recipients.map((p) => p.mention),
    people: r.recipients,
    file,
    marker: markerOf(r),
    title: reminderTitle(r, archive.site.locale),
    body: reminderBody(r, archive, date, file),
  };
}

/** "Q3 2019 report for the Public Sector SIG: due October 30": the same title at every stage, so the issue keeps it. */
export function reminderTitle(r: Pick<Reminder, "quarter" | "groupName" | "due">, locale = "en"): string {
  return `${r.quarter.label} report for the ${r.groupName}: due ${dayLabel(r.due, locale, r.due.slice(0, 4) !== String(r.quarter.year))}`;
}

/** "October 30" (or "January 30, 2020" when the year is not the quarter's), in UTC so every machine agrees. */
function dayLabel(day: CalendarDate, locale: string, withYear: boolean): string {
  return new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", ...(withYear && { year: "numeric" }), timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

const STAGE_WORDS: Record<Stage, string> = {
  "first-call": "First call",
  reminder: "Reminder",
  "last-call": "Last call",
  overdue: "Past the due date",
  "non-responsive": "Several reports outstanding",
};

/** One stage's message: what is due when, how to start, and whom it is addressed to. */
export function reminderBody(r: Reminder, archive: Pick<Archive, "site">, date: CalendarDate, file: string): string {
  const locale = archive.site.locale;
  const due = dayLabel(r.due, locale, true);
  const when =
    r.daysLeft > 1 ? `in ${r.daysLeft} days` : r.daysLeft === 1 ? "tomorrow" : r.daysLeft === 0 ? "today" : `${-r.daysLeft} day${r.daysLeft === -1 ? "" : "s"} ago`;
  const lines = [`**${STAGE_WORDS[r.stage]}** (${date}).`, ""];
  if (r.daysLeft >= 0) lines.push(`The ${r.quarter.label} report of the ${r.groupName} is due on ${due}, ${when}.`);
  else lines.push(`The ${r.quarter.label} report of the ${r.groupName} was due on ${due}, ${when}. It is welcome whenever it is ready; if the group needs more time, say so here and an extension can be recorded.`);
  if (r.stage === "non-responsive") {
    lines.push("", `No report has arrived for ${span(r.missed)}. The group's liaison will get in touch to see what would help.`);
  }
  if (r.extension) lines.push("", `An extension is agreed until ${dayLabel(r.extension.until, locale, true)}${r.extension.reason ? `: ${r.extension.reason}` : ""}.`);
  lines.push("", `Start it with \`npx sigreport new ${r.group} --quarter ${r.quarter.id}\`, which writes \`${file}\`.`);
  const settings = remindersOf(archive.site);
  lines.push("", r.recipients.length > 0 ? `For ${r.recipients.map((p) => p.mention).join(", ")}.` : "The group lists no chairs or liaison to address.");
  lines.push("", `<sub>Calls go out ${settings.firstCallDays}, ${settings.reminderDays} and ${settings.lastCallDays} days before the due date. This issue closes when the report is merged.</sub>`);
  return lines.join("\n");
}

export function formatText(list: readonly Reminder[], archive: Pick<Archive, "site">, date: CalendarDate): string {
  if (list.length === 0) return `No reports to call about on ${date}.`;
  const rows = list.map((r) => [
    r.stage,
    r.groupName,
    r.quarter.label,
    `due ${r.due}${r.extension ? " (extended)" : ""}`,
    r.recipients.length > 0 ? r.recipients.map((p) => p.mention).join(", ") : "nobody listed",
  ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  "));
  const settings = remindersOf(archive.site);
  return [`Calls on ${date} (first call ${settings.firstCallDays}, reminder ${settings.reminderDays}, last call ${settings.lastCallDays} days before the due date):`, ...lines].join("\n");
}

/** Workflow-command values escape %, CR and LF; properties also escape : and ,. */
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function githubCommand(r: Reminder, archive: Pick<Archive, "site">, file: string): string {
  const level = r.daysLeft < 0 ? "warning" : "notice";
  const message = `${STAGE_WORDS[r.stage]}: ${file}. For ${r.recipients.map((p) => p.mention).join(", ") || "nobody listed"}.`;
  return `::${level} title=${escapeProperty(reminderTitle(r, archive.site.locale))}::${escapeData(message)}`;
}

const toPosix = (p: string) => p.split(path.sep).join("/");
