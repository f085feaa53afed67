// /groups/<group>/: the group, every quarter, attendance over time, work products across quarters.
import { html } from "../../src/site/html.ts";
import type { GroupPageView } from "../../src/site/view-models/group.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { badge } from "../components/badge.ts";
import { externalLinks } from "../components/links.ts";
import { personList } from "../components/people.ts";
import { reportCard } from "../components/report-card.ts";
import { openQuestions } from "../components/review.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews, g: GroupPageView): string {
  return base(
    views.layout,
    g,
    html`<div data-pagefind-body>
<header class="page-header">
<p class="eyebrow">${g.kind}</p>
<h1 data-pagefind-filter="group" data-pagefind-meta="group">${g.name}</h1>
<p class="page-header__facts">${g.facts.map((f) => html`<span class="fact">${f}</span> `)}</p>
</header>
<div class="columns">
<div class="prose">${g.descriptionHtml}</div>
<aside class="card about" aria-labelledby="about">
<h2 id="about" class="about__title">About the group</h2>
<dl class="facts">
${g.chairs.length ? html`<dt>Chairs</dt><dd>${personList(g.chairs)}</dd>` : ""}
${g.meets ? html`<dt>Meets</dt><dd>${g.meets}</dd>` : ""}
${g.established ? html`<dt>Established</dt><dd>${g.established}</dd>` : ""}
${g.retired ? html`<dt>Retired</dt><dd>${g.retired}</dd>` : ""}
${g.links.length ? html`<dt>Links</dt><dd>${externalLinks(g.links)}</dd>` : ""}
${g.feedHref ? html`<dt>Follow</dt><dd><a href="${g.feedHref}">Atom feed of this group's reports</a></dd>` : ""}
</dl>
</aside>
</div>
${g.latest ? html`<section aria-labelledby="latest"><h2 id="latest">Latest report</h2>${reportCard(g.latest)}</section>` : ""}${g.openQuestions.length ? html`
${openQuestions(g.openQuestions)}` : ""}
<section aria-labelledby="attendance"><h2 id="attendance">Attendance</h2>
<p class="trend__text">${g.trend}.</p>
${g.attendanceChart}${g.membersChart.value ? html`
${g.membersChart}` : ""}
</section>
<section aria-labelledby="work-products"><h2 id="work-products">Work products</h2>
${g.workProducts.length === 0 ? html`<p>No work products reported yet.</p>` : html`<div class="table-scroll" role="region" aria-labelledby="work-products" tabindex="0">
<table class="table wp-table"><thead><tr><th scope="col">Work product</th><th scope="col">Now</th>${g.workProductQuarters.map((q) => html`<th scope="col"><a href="${q.href}">${q.label}</a></th>`)}</tr></thead>
<tbody>${g.workProducts.map(
          (wp) => html`<tr id="${wp.id}"><th scope="row"><span class="wp-table__title">${wp.title}</span>${wp.owner ? html` <span class="muted">Owner: ${wp.owner}</span>` : ""}${wp.notInLatest ? html` <span class="muted">Not in the latest report</span>` : ""}</th><td>${badge(wp.current)}</td>${wp.cells.map((c) => html`<td>${c ? badge(c) : html`<span class="muted"><span aria-hidden="true">—</span><span class="visually-hidden">not listed</span></span>`}</td>`)}</tr>`,
        )}</tbody></table></div>`}
</section>
<section aria-labelledby="reports"><h2 id="reports">Reports by quarter</h2>
<div class="table-scroll" role="region" aria-labelledby="reports" tabindex="0">
<table class="table schedule"><thead><tr><th scope="col">Quarter</th><th scope="col">Status</th><th scope="col">Report</th><th scope="col">Due</th></tr></thead>
<tbody>${g.schedule.map(
      (row) => html`<tr><th scope="row"><a href="${row.quarterHref}">${row.quarterLabel}</a></th><td>${badge(row.status)}</td><td>${
        row.report ? html`<a href="${row.report.href}">${row.report.title}</a>${row.report.submittedLabel ? html` <span class="muted">Submitted ${row.report.submittedLabel}</span>` : ""}` : html`<span class="muted">—</span>`
      }</td><td>${row.dueLabel}</td></tr>`,
    )}</tbody></table></div>
</section>
</div>`,
  );
}
