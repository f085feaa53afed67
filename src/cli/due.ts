// `sigreport due`: which reports are due or overdue on a day, for people (text), for a scheduled
// workflow that opens reminder issues (json), or as annotations in a workflow run (github). It is a
// report, not a check: overdue reports are the news it brings, so it exits 0 whatever it finds.
import path from "node:path";
import { type DueReport, dueReports } from "../archive/due.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import type { ParsedArgs } from "./args.ts";
import { summaryLine } from "./format-diagnostics.ts";
import type { Io } from "./io.ts";
import { loadForSchedule, scheduleArgs } from "./load-for-schedule.ts";

export async function due(args: ParsedArgs, io: Io): Promise<number> {
  const { format, date, contentDir } = scheduleArgs(args, "due");

  const archive = await loadForSchedule(contentDir, io, "what is due");
  if (typeof archive === "number") return archive;
  const reports = dueReports(archive, date);
  const file = (d: DueReport) => toPosix(path.join(contentDir, d.file));
  if (format === "json") io.out(JSON.stringify(reports.map((d) => ({ ...d, quarter: d.quarter.id, quarterLabel: d.quarter.label, file: file(d) })), null, 2));
  else if (format === "github") io.out(reports.length > 0 ? reports.map((d) => githubCommand(d, file(d))).join("\n") : "No reports are due or overdue.");
  else io.out(formatText(reports, date, archive.site.reportDueDays));
  return 0;
}

export function formatText(reports: readonly DueReport[], date: CalendarDate, dueDays: number): string {
  if (reports.length === 0) return `No reports are due or overdue on ${date}.`;
  const rows = reports.map((d) => [
    d.status,
    d.groupName,
    d.quarter.label,
    `due ${d.due}`,
    d.status === "overdue" ? `${plural(d.daysOverdue, "day")} overdue` : d.daysLeft === 0 ? "due today" : `${plural(d.daysLeft, "day")} left`,
    d.chairs.length > 0 ? `chairs: ${d.chairs.join(", ")}` : "no chairs listed",
  ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  "));
  const overdue = reports.filter((d) => d.status === "overdue").length;
  return [
    `Reports due or overdue on ${date} (a report is due ${plural(dueDays, "day")} after its quarter ends):`,
    ...lines,
    `${overdue} overdue, ${reports.length - overdue} due.`,
  ].join("\n");
}

/** Workflow-command values escape %, CR and LF; properties also escape : and ,. */
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** Overdue reports are warnings; reports only due are notices. */
function githubCommand(d: DueReport, file: string): string {
  const title = `Report ${d.status}: ${d.groupName} ${d.quarter.label}`;
  const when = d.status === "overdue" ? `was due ${d.due} (${plural(d.daysOverdue, "day")} ago)` : `is due ${d.due}`;
  const chairs = d.chairs.length > 0 ? ` Chairs: ${d.chairs.join(", ")}.` : "";
  const message = `The ${d.quarter.label} report of ${d.groupName} ${when}: ${file}.${chairs}`;
  return `::${d.status === "overdue" ? "warning" : "notice"} title=${escapeProperty(title)}::${escapeData(message)}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const toPosix = (p: string) => p.split(path.sep).join("/");
