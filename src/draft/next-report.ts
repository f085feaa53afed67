// A new quarter's report starts from the last one: the work that is still going on, the
// sub-groups and the channels rarely change from one quarter to the next, and carrying work
// products forward by title is what lets the site follow them (and keeps the
// work-product-vanished warning quiet).
import type { QuestionStatus } from "../archive/review-questions.ts";
import type { Group, Report } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import { Quarter } from "../model/quarter.ts";
import { FINISHED_STATUSES, type ReportFrontMatter, type ReportResponse } from "../model/schema.ts";
import { HINT_PREFIX } from "./section-hints.ts";
import { cadenceOf, isFilingQuarter } from "../archive/schedule.ts";

/** `owed`: the period has ended and has no report; otherwise `quarter` is the next one, not yet ended. */
export type QuarterChoice = { quarter: Quarter; reason: string; owed: boolean };

/**
 * Which quarter `sigreport new` writes when none is given: the report the chair owes, i.e. the
 * latest period of the group's cadence that has ended, if it has no report. (The quarter after
 * the latest report was years out of date for a group that stopped reporting.)
 */
export function chooseQuarter(group: Pick<Group, "reports" | "data">, today: CalendarDate): QuarterChoice {
  const cadence = cadenceOf(group);
  const files = (q: Quarter) => isFilingQuarter(cadence, q);
  const period = cadence === "quarterly" ? "quarter" : cadence === "half-yearly" ? "half-year" : "year";
  let latestEnded = Quarter.containing(today).previous();
  while (!files(latestEnded)) latestEnded = latestEnded.previous();
  let first = group.data.established ? Quarter.containing(group.data.established) : undefined;
  while (first && !files(first)) first = first.next();
  const filed = (q: Quarter) => group.reports.some((r) => r.quarter.equals(q));
  const latest = group.reports.at(-1);
  const since = latest ? `the latest report is for ${latest.quarter.label}` : "the group has no report yet";

  if (first && first.compare(latestEnded) > 0) {
    return { quarter: first, owed: false, reason: `the group's first ${period} (from ${group.data.established}) ends on ${first.lastDay}` };
  }
  if (!filed(latestEnded)) {
    const what = cadence === "quarterly" ? latestEnded.label : `the ${period} filed under ${latestEnded.label}`;
    return { quarter: latestEnded, owed: true, reason: `${what} ended on ${latestEnded.lastDay} and has no report; ${since}` };
  }
  let next = latestEnded.next();
  while (!files(next)) next = next.next();
  return { quarter: next, owed: false, reason: `${latestEnded.label} has its report; the next ${period}'s ends on ${next.lastDay}` };
}

/** The latest report before `quarter`, whose open work is carried forward. */
export function previousReport(group: Pick<Group, "reports">, quarter: Quarter): Report | undefined {
  return group.reports.filter((r) => r.quarter.compare(quarter) < 0).at(-1);
}

/**
 * The front-matter of a new report: its quarter and what carries over from `previous`. (The open
 * questions of the group's reviews are carried by the reporting-cycle work, beside this.)
 */
export function nextReportFrontMatter(quarter: Quarter, previous: Report | undefined): ReportFrontMatter {
  const data: ReportFrontMatter = { quarter: quarter.id };
  if (!previous) return data;
  const subgroups = previous.data.health?.subgroups;
  if (subgroups?.length) data.health = { subgroups };
  const channels = previous.data.activity?.channels;
  if (channels?.length) data.activity = { channels };
  const open = (previous.data.workProducts ?? []).filter((wp) => !FINISHED_STATUSES.includes(wp.status));
  if (open.length) data.workProducts = open;
  return data;
}

/**
 * The draft's `responses`: one per review question still open, the question's text as the prompt,
 * so the chair answers in place and the answer shows beside the question on the site.
 */
export function openQuestionResponses(open: readonly QuestionStatus[]): ReportResponse[] {
  return open.map((s) => ({ to: s.question.id, answer: `${HINT_PREFIX} your answer to the review of ${s.review.quarter.label}: “${s.question.text}”` }));
}
