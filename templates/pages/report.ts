// /groups/<group>/<yyyy>-q<n>/: one report, every front-matter value beside its prose.
import { html } from "../../src/site/html.ts";
import type { ReportPageView } from "../../src/site/view-models/report.ts";
import { REVIEW_ID } from "../../src/site/view-models/review.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { badge } from "../components/badge.ts";
import { figures } from "../components/figures.ts";
import { pager } from "../components/links.ts";
import { person } from "../components/people.ts";
import { part } from "../components/report-parts.ts";
import { review } from "../components/review.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews, r: ReportPageView): string {
  return base(
    views.layout,
    r,
    html`<article class="report" data-pagefind-body data-pagefind-filter="year:${r.year}">
<header class="page-header">
<p class="eyebrow"><a href="${r.group.href}" data-pagefind-filter="group" data-pagefind-meta="group">${r.group.label}</a> · <a href="${r.quarterHref}" data-pagefind-meta="quarter">${r.quarterLabel}</a></p>
<h1>${r.title}</h1>
${r.summaryHtml ? html`<p class="lede">${r.summaryHtml}</p>` : ""}
<dl class="inline-facts report__meta">
${r.authors.length ? html`<div><dt>Written by</dt><dd><ul class="people people--inline">${r.authors.map((a) => html`<li>${person(a)}</li>`)}</ul></dd></div>` : ""}
${r.submittedLabel ? html`<div><dt>Submitted</dt><dd><time datetime="${r.submittedIso}">${r.submittedLabel}</time></dd></div>` : ""}
<div><dt>Due</dt><dd>${r.dueLabel} ${badge(r.timeliness)}</dd></div>
</dl>
${figures(r.figures, "Key figures")}
</header>
${r.changes ? html`<section class="changes" aria-labelledby="since-previous"><h2 id="since-previous">${r.changes.heading}</h2>
${r.changes.gapNote ? html`<p class="muted">${r.changes.gapNote}</p>` : ""}
${r.changes.items.length ? html`<ul class="changes__list">${r.changes.items.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p>${r.changes.empty}</p>`}
</section>` : ""}
${r.toc.length > 1 ? html`<nav class="toc" aria-labelledby="toc-title"><h2 class="toc__title" id="toc-title">On this page</h2><ol>${r.toc.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ol></nav>` : ""}
${r.parts.map(part)}${r.review ? html`
${review(r.review, REVIEW_ID)}` : ""}
<footer class="report__footer">
${r.editHref ? html`<p><a class="button" href="${r.editHref}" rel="noopener noreferrer">Edit this page</a> <span class="muted">Source: ${r.sourcePath}</span></p>` : html`<p class="muted">Source: ${r.sourcePath}</p>`}
${pager(r.previous, r.next, `Other reports of ${r.group.label}`)}
</footer>
</article>`,
  );
}
