// `due` and `remind` read the schedule, and a report file that does not load would count as
// missing: so both load the content the same way and refuse to answer while it has errors
// (better to say nothing than to remind wrongly).
import { hasErrors } from "../load/diagnostics.ts";
import { type CalendarDate, isCalendarDate, today } from "../model/calendar-date.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { loadArchive } from "../load/load-archive.ts";
import { ContentFolderMissing } from "../load/walk.ts";
import type { Archive } from "../model/archive.ts";
import { FORMATS, type Format, summaryLine } from "./format-diagnostics.ts";
import { type Io, UsageError } from "./io.ts";

export interface ScheduleArgs {
  format: Format;
  /** The day to look from: --date, else today (UTC). */
  date: CalendarDate;
  contentDir: string;
}

/** The options `due` and `remind` share, checked the same way. */
export function scheduleArgs(args: ParsedArgs, command: string): ScheduleArgs {
  const format = (optionValue(args, "format") ?? "text") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got ${format}.`);
  if (args.positionals.length > 0) throw new UsageError(`${command} takes no arguments; got ${args.positionals.join(" ")}.`);
  const date = optionValue(args, "date") ?? today();
  if (!isCalendarDate(date)) throw new UsageError(`--date must be a calendar day written YYYY-MM-DD; got ${date}.`);
  return { format, date, contentDir: optionValue(args, "content") ?? "content" };
}

/** The archive, or the exit code after saying why there is none. */
export async function loadForSchedule(contentDir: string, io: Io, what: string): Promise<Archive | number> {
  let result;
  try {
    result = await loadArchive(contentDir);
  } catch (error) {
    if (error instanceof ContentFolderMissing) {
      io.err(`${error.message} Give the folder that holds site.yaml and groups/, e.g. --content content.`);
      return 2;
    }
    throw error;
  }
  if (hasErrors(result.diagnostics)) {
    io.err(`The content has errors (${summaryLine(result.diagnostics)}), so ${what} cannot be trusted. Run sigreport check ${contentDir}.`);
    return 1;
  }
  return result.archive;
}
