// How many calendar days lie between two calendar days. "12 days overdue" must read the same on
// every machine, so this counts whole days between UTC midnights (no local time, no DST).
import { type CalendarDate, utcMidnight } from "../model/calendar-date.ts";

/** `to - from` in whole days: negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / 86_400_000);
}
