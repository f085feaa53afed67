// "Is this group growing?": attendance over the quarters a group reported, with gaps where a
// quarter has no report or no figure, and a plain-words direction from the typical attendance.
import type { Group } from "../model/archive.ts";
import type { Quarter } from "../model/quarter.ts";

export interface AttendancePoint {
  quarter: Quarter;
  typical: number | undefined;
  last: number | undefined;
  peak: number | undefined;
  low: number | undefined;
  /** `health.members`: people on the group's list or roster, a slower figure than attendance. */
  members?: number | undefined;
}

/** One point per quarter from the group's first report to its last; missing quarters are gaps. */
export function attendanceSeries(group: Group): AttendancePoint[] {
  const first = group.reports[0];
  const last = group.reports.at(-1);
  if (!first || !last) return [];
  const byOrdinal = new Map(group.reports.map((r) => [r.quarter.ordinal, r]));
  return first.quarter.until(last.quarter).map((quarter) => {
    const health = byOrdinal.get(quarter.ordinal)?.data.health;
    const a = health?.attendance;
    return { quarter, typical: a?.typical, last: a?.last, peak: a?.peak, low: a?.low, members: health?.members };
  });
}

export type TrendDirection = "growing" | "shrinking" | "steady" | "unknown";

export interface Trend {
  direction: TrendDirection;
  /** First and last known typical attendance of the window compared. */
  from: number | undefined;
  to: number | undefined;
}

/**
 * Compares the latest typical attendance with the one up to `window` reported quarters earlier.
 * A change under 10 % (or under two people) is "steady": calls vary from week to week.
 */
export function attendanceTrend(points: readonly AttendancePoint[], window = 4): Trend {
  const known = points.filter((p) => p.typical !== undefined).slice(-window);
  const from = known[0]?.typical;
  const to = known.at(-1)?.typical;
  if (known.length < 2 || from === undefined || to === undefined) return { direction: "unknown", from, to };
  const change = to - from;
  if (Math.abs(change) < Math.max(2, from * 0.1)) return { direction: "steady", from, to };
  return { direction: change > 0 ? "growing" : "shrinking", from, to };
}
