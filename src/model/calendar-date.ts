// Report dates are calendar days, not instants: a session on 2019-04-12 is April 12 for every
// reader on every machine. They stay ISO strings end to end; luxon only ever sees them in UTC.
import { DateTime } from "luxon";

/** A calendar day written `YYYY-MM-DD`. The brand keeps unchecked strings out. */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): value is CalendarDate {
  if (!ISO_DAY.test(value)) return false;
  // luxon rejects 2019-02-30 where Date.parse would roll it over to March 2.
  return DateTime.fromISO(value, { zone: "utc" }).isValid;
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

export function addDays(day: CalendarDate, days: number): CalendarDate {
  return fromDateTime(toDateTime(day).plus({ days }));
}

export type DateStyle = "long" | "medium" | "short";

/** "12 April 2019" / "Apr 12, 2019" per locale; the same string under every TZ. */
export function formatCalendarDate(day: CalendarDate, locale = "en", style: DateStyle = "long"): string {
  const format =
    style === "long" ? DateTime.DATE_FULL : style === "medium" ? DateTime.DATE_MED : DateTime.DATE_SHORT;
  return toDateTime(day).setLocale(locale).toLocaleString(format);
}
