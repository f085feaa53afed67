// The words and numbers readers see, in one place: labels for enum values, dates (always through
// formatCalendarDate, so a day is the same day under every TZ), shares as percentages, plurals.
import { type CalendarDate, formatCalendarDate, isCalendarDate } from "../model/calendar-date.ts";
import { Quarter } from "../model/quarter.ts";
import type { Rating, WorkProductStatus } from "../model/schema.ts";
import type { ScheduleStatus } from "../archive/schedule.ts";
import type { TrendDirection } from "../archive/trends.ts";

export type Tone = "neutral" | "info" | "success" | "warning" | "danger" | "muted";

export interface Badge {
  label: string;
  tone: Tone;
}

export function dateLabel(day: CalendarDate, locale: string): string {
  return formatCalendarDate(day, locale, "long");
}

export function shortDateLabel(day: CalendarDate, locale: string): string {
  return formatCalendarDate(day, locale, "medium");
}

/** A due value is a day or a whole quarter. */
export function dueLabel(due: string, locale: string): string {
  if (isCalendarDate(due)) return dateLabel(due, locale);
  return Quarter.parse(due)?.label ?? due;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${noun(n, one, many)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const STATUS_TONES: Record<WorkProductStatus, Tone> = {
  proposed: "neutral",
  planned: "info",
  "in-progress": "info",
  blocked: "danger",
  done: "success",
  dropped: "muted",
};

export function statusBadge(status: WorkProductStatus): Badge {
  return { label: capitalise(status.replace(/-/g, " ")), tone: STATUS_TONES[status] };
}

const RATING_TONES: Record<Rating, Tone> = { green: "success", yellow: "warning", red: "danger" };

export function ratingBadge(rating: Rating): Badge {
  return { label: capitalise(rating), tone: RATING_TONES[rating] };
}

const SCHEDULE: Record<ScheduleStatus, Badge> = {
  filed: { label: "Filed", tone: "success" },
  late: { label: "Filed late", tone: "warning" },
  missing: { label: "Missing", tone: "danger" },
  "not-yet-due": { label: "Not yet due", tone: "neutral" },
  "not-expected": { label: "Not expected", tone: "muted" },
};

export function scheduleBadge(status: ScheduleStatus): Badge {
  return SCHEDULE[status];
}

export function levelBadge(level: string): Badge {
  const tone: Tone = level === "high" ? "success" : level === "moderate" ? "info" : level === "low" ? "warning" : "muted";
  return { label: capitalise(level), tone };
}

export function trendLabel(direction: TrendDirection, from: number | undefined, to: number | undefined): string {
  switch (direction) {
    case "growing":
      return `Growing: typical attendance up from ${from} to ${to}`;
    case "shrinking":
      return `Shrinking: typical attendance down from ${from} to ${to}`;
    case "steady":
      return `Steady: typical attendance ${from === to ? `at ${to}` : `from ${from} to ${to}`}`;
    default:
      return to === undefined ? "No attendance figures yet" : `Typical attendance ${to}; not enough quarters for a trend`;
  }
}

const SECTOR_LABELS: Record<string, string> = {
  public: "Public sector",
  private: "Private sector",
  civil: "Civil society",
  academic: "Academia",
};

export function sectorLabel(key: string): string {
  return (Object.hasOwn(SECTOR_LABELS, key) ? SECTOR_LABELS[key] : undefined) ?? capitalise(key.replace(/[-_]+/g, " "));
}
