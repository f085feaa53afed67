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

export type QuarterChoice = { quarter: Quarter; reason: string };

/** Which quarter `sigreport new` writes when none is given. */
export function chooseQuarter(group: Pick<Group, "reports" | "data">, today: CalendarDate): QuarterChoice {
  const latest = group.reports.at(-1);
  if (latest) return { quarter: latest.quarter.next(), reason: `the quarter after the latest report (${latest.quarter.id})` };
  if (group.data.established) {
    return { quarter: Quarter.containing(group.data.established), reason: `the quarter the group was established (${group.data.established})` };
  }
  return { quarter: Quarter.containing(today), reason: "the current quarter (the group has no report yet)" };
}

/** The latest report before `quarter`, whose open work is carried forward. */
export function previousReport(group: Pick<Group, "reports">, quarter: Quarter): Report | undefined {
  return group.reports.filter((r) => r.quarter.compare(quarter) < 0).at(-1);
}

/** The front-matter of a new report: its quarter and what carries over from `previous`. */
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
