// The overseers' review on a report's page, and a group's open questions.
import { html } from "../../src/site/html.ts";
import type { OpenQuestionView, ReviewView } from "../../src/site/view-models/review.ts";
import { badge } from "./badge.ts";
import { personList } from "./people.ts";

export function review(r: ReviewView, id: string) {
  return html`<section class="review" aria-labelledby="${id}"><h2 id="${id}">Review</h2>
<dl class="inline-facts">
${r.outcome ? html`<div><dt>Outcome</dt><dd>${badge(r.outcome)}</dd></div>` : ""}
<div><dt>Reviewed by</dt><dd>${personList(r.reviewers)}</dd></div>
<div><dt>On</dt><dd><time datetime="${r.dateIso}">${r.dateLabel}</time></dd></div>
</dl>
${r.commentsHtml ? html`<div class="prose review__comments">${r.commentsHtml}</div>` : ""}
${r.questions.length
    ? html`<h3>Questions for the group</h3>
<ul class="review__questions">${r.questions.map(
        (q) => html`<li id="question-${q.id}"><p class="review__question">${q.text}</p>${
          q.answer
            ? html`<div class="review__answer"><p class="muted">Answered in the <a href="${q.answer.report.href}">${q.answer.report.label} report</a>:</p><div class="prose">${q.answer.html}</div></div>`
            : html`<p class="review__answer"><span class="badge badge--warning">Not answered yet</span></p>`
        }</li>`,
      )}</ul>`
    : ""}
</section>`;
}

export function openQuestions(questions: readonly OpenQuestionView[]) {
  return html`<section aria-labelledby="open-questions"><h2 id="open-questions">Open questions from reviews</h2>
<ul class="needs">${questions.map((q) => html`<li>${q.text} <span class="muted">— asked in the review of <a href="${q.askedIn.href}">${q.askedIn.label}</a>, ${q.askedOn}</span></li>`)}</ul>
</section>`;
}
