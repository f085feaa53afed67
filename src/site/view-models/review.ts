// The overseers' review on the pages: on a report's page its review (outcome, reviewers, comments)
// and what became of each question, answered by a later report or not yet; on a group's page the
// questions still open. Which question is answered is decided once, by cycle's
// src/archive/review-questions.ts; this module only words and links it.
import { type QuestionStatus, questionStatuses, reviewOf } from "../../archive/review-questions.ts";
import { renderMarkdown } from "../../load/markdown.ts";
import type { Archive, Report } from "../../model/archive.ts";
import type { ReviewOutcome } from "../../model/schema.ts";
import { type Badge, dateLabel } from "../format.ts";
import { type Html, trusted } from "../html.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { memberView } from "./shared.ts";
import type { LinkView, PersonView } from "./types.ts";

export interface QuestionView {
  id: string;
  text: string;
  /** The later report's answer (Markdown rendered, raw HTML escaped), or absent: "not answered yet". */
  answer?: { html: Html; report: LinkView } | undefined;
}

export interface ReviewView {
  outcome?: Badge | undefined;
  reviewers: PersonView[];
  dateLabel: string;
  dateIso: string;
  commentsHtml?: Html | undefined;
  questions: QuestionView[];
}

export interface OpenQuestionView {
  text: string;
  /** The reviewed report, its review section. */
  askedIn: LinkView;
  askedOn: string;
}

/** The anchor of the review on a report's page. */
export const REVIEW_ID = "review";

const OUTCOMES: Record<ReviewOutcome, Badge> = {
  accepted: { label: "Accepted", tone: "success" },
  discussed: { label: "Discussed", tone: "neutral" },
  "changes-requested": { label: "Changes requested", tone: "warning" },
};

// Every page of a group asks for its questions; work them out once per archive and group.
const byArchive = new WeakMap<Pick<Archive, "reviews">, Map<string, QuestionStatus[]>>();
function statusesOf(archive: Archive, group: string): QuestionStatus[] {
  let byGroup = byArchive.get(archive);
  if (!byGroup) byArchive.set(archive, (byGroup = new Map()));
  let statuses = byGroup.get(group);
  if (!statuses) byGroup.set(group, (statuses = questionStatuses(archive, group)));
  return statuses;
}

export function reviewView(report: Report, ctx: ViewContext): ReviewView | undefined {
  const review = reviewOf(ctx.archive, report);
  if (!review) return undefined;
  const statuses = statusesOf(ctx.archive, report.group).filter((s) => s.review === review);
  return {
    outcome: review.data.outcome && OUTCOMES[review.data.outcome],
    reviewers: review.data.reviewers.map((p) => memberView(p, ctx)),
    dateLabel: dateLabel(review.data.date, ctx.locale),
    dateIso: review.data.date,
    commentsHtml: review.comments.markdown.trim() ? trusted(review.comments.html) : undefined,
    questions: statuses.map((s) => ({
      id: s.question.id,
      text: s.question.text,
      answer: s.answer && {
        html: trusted(renderMarkdown(s.answer.markdown)),
        report: { label: s.answer.report.quarter.label, href: href(urls.report(s.answer.report)) },
      },
    })),
  };
}

/** The group's questions no later report has answered, oldest first. */
export function openQuestionViews(group: string, ctx: ViewContext): OpenQuestionView[] {
  return statusesOf(ctx.archive, group)
    .filter((s) => !s.answer)
    .map((s) => ({
      text: s.question.text,
      askedIn: { label: s.review.quarter.label, href: href(urls.reportIn(s.review.group, s.review.quarter), REVIEW_ID) },
      askedOn: dateLabel(s.review.data.date, ctx.locale),
    }));
}
