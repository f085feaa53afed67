// Report dates are calendar days, not instants: a session on 2019-04-12 is April 12 for every
// reader on every machine. They stay ISO strings end to end; luxon only ever sees them in UTC.
import { DateTime } from "luxon";

/**
 * A calendar day written `YYYY-MM-DD`. The brand keeps unchecked strings out; it is a literal, not
 * a `unique symbol`, so the published type declarations can name it.
 */
export type CalendarDate = string & { readonly __calendarDate: true };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): value is CalendarDate {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  // Checked by arithmetic, not Date.parse, which would roll 2019-02-30 over to March 2.
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function toDateTime(day: CalendarDate): DateTime {
  return DateTime.fromISO(day, { zone: "utc" });
}

export function fromDateTime(dt: DateTime): CalendarDate {
  return dt.setZone("utc", { keepLocalTime: true }).toISODate() as CalendarDate;
}

/** Today as a calendar day in UTC (used only for "is it due yet" questions). */
export function today(now: Date = new Date()): CalendarDate {
  return fromDateTime(DateTime.fromJSDate(now, { zone: "utc" }));
}

// Plain UTC arithmetic: a due date is computed for every group and quarter, and luxon's
// DateTime round trip was a tenth of a second of each thousand-report build.
export function addDays(day: CalendarDate, days: number): CalendarDate {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, date + days);
  return at.toISOString().slice(0, 10) as CalendarDate;
}

export type DateStyle = "long" | "medium" | "short";

/** "12 April 2019" / "Apr 12, 2019" per locale; the same string under every TZ. */
// A site shows thousands of days (every session's) on many pages. luxon's toLocaleString built a
// DateTime and looked up its formatter on every call (≈60 µs a day, a fifth of a second of a
// thousand-report build); one Intl.DateTimeFormat per (locale, style), made with the options luxon
// uses for DATE_FULL, DATE_MED and DATE_SHORT, gives the same text (tests/model/calendar-date.test.ts
// compares the two over 1970–2099), and each (day, locale, style) is still formatted once.
const formatted = new Map<string, Map<string, string>>();
const formatters = new Map<string, Intl.DateTimeFormat>();

const STYLE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { year: "numeric", month: "long", day: "numeric" },
  medium: { year: "numeric", month: "short", day: "numeric" },
  short: { year: "numeric", month: "numeric", day: "numeric" },
};

export function formatCalendarDate(day: CalendarDate, locale = "en", style: DateStyle = "long"): string {
  // By (locale, style), then by the day itself: a key made of all three was a new string to hash
  // on every call, twice the cost of the lookup (250,000 calls at 10,000 reports).
  const byStyle = `${locale}|${style}`;
  let days = formatted.get(byStyle);
  if (days === undefined) formatted.set(byStyle, (days = new Map()));
  let text = days.get(day);
  if (text === undefined) {
    text = formatterFor(locale, style).format(utcMidnight(day));
    days.set(day, text);
  }
  return text;
}

function formatterFor(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { ...STYLE_OPTIONS[style], timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The day's first instant in UTC, as a Date: what Intl and ical-generator take. */
export function utcMidnight(day: CalendarDate): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, date);
  return at;
}

/** luxon's own formatting of a day, kept as the reference the cached formatters are tested against. */
export function formatWithLuxon(day: CalendarDate, locale: string, style: DateStyle): string {
  const format = style === "long" ? DateTime.DATE_FULL : style === "medium" ? DateTime.DATE_MED : DateTime.DATE_SHORT;
  return toDateTime(day).setLocale(locale).toLocaleString(format);
}
