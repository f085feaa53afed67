// Legacy agendas are dated by a line like "April 12", "May 24 1. …", "12 April 2019", "4/12/2019"
// or "Friday, April 12th": often no year, because the report's quarter gives it. A date line becomes a calendar day of the span
// given (the report's quarter, or the half-year or year it covers); a
// sentence that merely starts with a date ("May 24 was busy") is not a date line.
import { type CalendarDate, isCalendarDate } from "../model/calendar-date.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|Sept|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;
/** What may follow the date on its line: nothing, a separator, or a numbered item. */
const AFTER = String.raw`(?:\s*[:–—-]\s*|\s+(?=\d{1,2}[.)]\s)|\s*$)`;

const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY}${YEAR}${AFTER}`, "i");
const DAY_MONTH = new RegExp(`^${WEEKDAY}${DAY}\\s+${MONTH}${YEAR}${AFTER}`, "i");
const ISO = new RegExp(`^${WEEKDAY}(\\d{4})-(\\d{2})-(\\d{2})${AFTER}`);
/** 4/12/2019 or 12/4/2019: which is the month is settled by the quarter (see numericDate). */
const NUMERIC = new RegExp(`^${WEEKDAY}(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?${AFTER}`);

/** The days a date line may name: a quarter, or the half-year or year a report covers (src/draft/report-period.ts). */
export interface DateSpan {
  /** The year a date without one belongs to. */
  year: number;
  contains(day: CalendarDate): boolean;
}

/** `inQuarter`: inside the span given (the report's quarter, or its whole period). */
export type AgendaDate =
  | { inQuarter: true; date: CalendarDate; label: string; rest: string }
  | { inQuarter: false; date: CalendarDate; label: string };

/** Reads a date line; undefined when the line does not start with a date label. */
export function agendaDate(line: string, quarter: DateSpan, defaultYear = quarter.year): AgendaDate | undefined {
  const parts = dateParts(line.trim(), defaultYear, quarter);
  if (!parts) return undefined;
  const date = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  if (!isCalendarDate(date)) return undefined;
  const label = parts.label.replace(/[\s:–—-]+$/, "");
  if (!quarter.contains(date)) return { inQuarter: false, date, label };
  return { inQuarter: true, date, label, rest: line.trim().slice(parts.label.length).trim() };
}

function dateParts(line: string, defaultYear: number, quarter: DateSpan) {
  const md = MONTH_DAY.exec(line);
  if (md) return { month: monthNumber(md[1]!), day: Number(md[2]), year: md[3] ? Number(md[3]) : defaultYear, label: md[0] };
  const dm = DAY_MONTH.exec(line);
  if (dm) return { month: monthNumber(dm[2]!), day: Number(dm[1]), year: dm[3] ? Number(dm[3]) : defaultYear, label: dm[0] };
  const iso = ISO.exec(line);
  if (iso) return { month: Number(iso[2]), day: Number(iso[3]), year: Number(iso[1]), label: iso[0] };
  const numeric = NUMERIC.exec(line);
  if (numeric) return numericDate(numeric, defaultYear, quarter);
  return undefined;
}

/**
 * Month first (4/12/2019, as US chairs write) unless that cannot be a date or only day-first falls
 * inside the quarter (12/4/2019 from a chair who writes day first).
 */
function numericDate(match: RegExpExecArray, defaultYear: number, quarter: DateSpan) {
  const [a, b] = [Number(match[1]), Number(match[2])];
  const year = match[3] === undefined ? defaultYear : match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const iso = (month: number, day: number) => `${year}-${pad(month)}-${pad(day)}` as CalendarDate;
  const monthFirst = a <= 12 && isCalendarDate(iso(a, b));
  const dayFirst = b <= 12 && isCalendarDate(iso(b, a));
  const useDayFirst = dayFirst && (!monthFirst || (!quarter.contains(iso(a, b)) && quarter.contains(iso(b, a))));
  return useDayFirst ? { month: b, day: a, year, label: match[0] } : { month: a, day: b, year, label: match[0] };
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const pad = (n: number) => String(n).padStart(2, "0");
