// What became of each question the overseers asked in a review: answered by a later report of the
// same group (its `responses[].to` names the question) or still open. Report pages show it, group
// and status pages list the open ones, risk flags the old ones and `sigreport new` carries them
// into the next draft, all from this one function.
import type { Archive, Report, Review } from "../model/archive.ts";
import type { Quarter } from "../model/quarter.ts";
import type { ReviewQuestion } from "../model/schema.ts";

export interface QuestionStatus {
  review: Review;
  question: ReviewQuestion;
  /** The first later report that responds to it, with its answer (Markdown); absent while open. */
  answer?: { report: Report; markdown: string };
}

/** Every question of the group's reviews (all groups' when `group` is not given), oldest review first. */
export function questionStatuses(archive: Pick<Archive, "reviews" | "reports">, group?: string): QuestionStatus[] {
  const reviews = archive.reviews.filter((r) => group === undefined || r.group === group);
  return reviews.flatMap((review) => {
    const later = archive.reports.filter((r) => r.group === review.group && r.quarter.compare(review.quarter) > 0);
    return (review.data.questions ?? []).map((question): QuestionStatus => {
      for (const report of later) {
        const response = report.data.responses?.find((r) => r.to === question.id);
        if (response) return { review, question, answer: { report, markdown: response.answer } };
      }
      return { review, question };
    });
  });
}

/**
 * The group's questions no report has answered yet. With `before`, as they stood when the report
 * of that quarter was being written: asked in reviews of earlier reports, not answered before it.
 */
export function openQuestions(archive: Pick<Archive, "reviews" | "reports">, group: string, before?: Quarter): QuestionStatus[] {
  if (before === undefined) return questionStatuses(archive, group).filter((s) => !s.answer);
  return questionStatuses(archive, group).filter((s) => s.review.quarter.compare(before) < 0 && (!s.answer || s.answer.report.quarter.compare(before) >= 0));
}

/** The review of one report, if the overseers filed one. */
export function reviewOf(archive: Pick<Archive, "reviews">, report: Pick<Report, "group" | "quarter">): Review | undefined {
  return archive.reviews.find((r) => r.group === report.group && r.quarter.equals(report.quarter));
}
