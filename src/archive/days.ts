// How many calendar days lie between two calendar days. "12 days overdue" must read the same on
// every machine, so this counts whole UTC days through luxon, never JS Date arithmetic.
import { type CalendarDate, toDateTime } from "../model/calendar-date.ts";

/** `to - from` in whole days: negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round(toDateTime(to).diff(toDateTime(from), "days").days);
}
