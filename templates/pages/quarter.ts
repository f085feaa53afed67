// /quarters/<yyyy>-q<n>/: every group's report for the quarter, who has none, and what they need.
import { html } from "../../src/site/html.ts";
import type { QuarterPageView } from "../../src/site/view-models/quarter.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { badge } from "../components/badge.ts";
import { pager } from "../components/links.ts";
import { reportCards } from "../components/report-card.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews, q: QuarterPageView): string {
  return base(
    views.layout,
    q,
    html`<h1>${q.title}</h1>
<section aria-labelledby="filed"><h2 id="filed">Reports</h2>
${q.reports.length ? reportCards(q.reports) : html`<p>No group has reported for ${q.label} yet.</p>`}
</section>
<section aria-labelledby="without"><h2 id="without">Groups without a report</h2>
${q.withoutReport.length
      ? html`<ul class="row-list">${q.withoutReport.map(
          (w) => html`<li class="row-list__item"><a class="row-list__title" href="${w.group.href}">${w.group.label}</a> ${badge(w.status)} <span class="fact">Due ${w.dueLabel}</span></li>`,
        )}</ul>`
      : html`<p>Every active group reported.</p>`}
</section>
<section aria-labelledby="needs"><h2 id="needs">What the groups need</h2>
${q.needs.length
      ? html`<ul class="needs">${q.needs.map((n) => html`<li>${n.need} <span class="muted">— <a href="${n.group.href}">${n.group.label}</a>, <a href="${n.report.href}">${n.report.label}</a></span></li>`)}</ul>`
      : html`<p>No report this quarter asked for help.</p>`}
</section>
<section aria-labelledby="digest"><h2 id="digest">The quarter's digest</h2>
<p>Every report of ${q.label} in one edition to send: <a href="${q.digest.markdown}" type="text/markdown">as Markdown</a> (for a blog post or a discussion), <a href="${q.digest.text}" type="text/plain">as plain text</a> (for a mailing list).</p>
</section>
${pager(q.previous, q.next, "Other quarters")}`,
  );
}
