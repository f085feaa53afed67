// A half-yearly report is filed under the last quarter of its half, a yearly one under Q4 (spec:
// "The reporting cycle"). Its text dates things across the whole span, so reading "March 3" in a
// half-yearly 2019-Q2 report needs the span, not only the quarter.
import { coveredQuarters } from "../archive/schedule.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import type { Quarter } from "../model/quarter.ts";
import type { Cadence } from "../model/schema.ts";

export interface ReportPeriod {
  cadence: Cadence;
  /** The year a date without one belongs to. */
  year: number;
  first: CalendarDate;
  last: CalendarDate;
  contains(day: CalendarDate): boolean;
}

export function periodOf(quarter: Quarter, cadence: Cadence): ReportPeriod {
  const first = coveredQuarters(cadence, quarter)[0]!.firstDay;
  const last = quarter.lastDay;
  return { cadence, year: quarter.year, first, last, contains: (day) => day >= first && day <= last };
}
