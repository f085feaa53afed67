// /status/: the oversight view. "Needs attention" first, then every group × every quarter as a real
// table: each cell says its status in a short word (colour only repeats it), its accessible text is
// the whole sentence (cellLabel), and the table scrolls in its own labelled, focusable box with the
// group names kept in view, so it works on a phone and with a keyboard. Newest quarter first; quiet
// quarters and runs of "not expected" are folded (src/archive/status-layout.ts).
import { html } from "../../src/site/html.ts";
import { attention } from "../components/attention.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews): string {
  const page = views.status;
  return base(
    views.layout,
    page,
    html`<header class="page-header">
<h1>${page.title}</h1>
<p class="lede">${page.intro}</p>
<p class="muted">As of ${page.asOfLabel}.</p>
</header>
<section aria-labelledby="attention" class="attention-section">
<h2 id="attention">Needs attention</h2>
${page.attention.length ? attention(page.attention) : html`<p>No group needs attention.</p>`}
</section>
<section aria-labelledby="reports">
<h2 id="reports">Reports by quarter</h2>
<p>${page.caption}. Each cell is one quarter's report; filed and late ones link to it.</p>
<dl class="status-legend" aria-label="What the cells say">${page.legend.map(
      (l) => html`<div><dt><span class="status-cell status-cell--${l.status}">${l.short}</span></dt><dd>${l.meaning}</dd></div>`,
    )}</dl>
<div class="status-scroll" role="region" aria-labelledby="status-caption" tabindex="0">
<table class="status-grid">
<caption id="status-caption" class="visually-hidden">${page.caption}</caption>
<thead><tr><th scope="col" class="status-grid__corner">Group</th>${page.columns.map(
      (c) =>
        html`<th scope="col"${c.quiet ? html` class="status-grid__quiet"` : ""}><span class="status-grid__q">${c.quarter}</span> <span class="status-grid__y">${c.year}</span></th>`,
    )}<th scope="col" class="status-grid__summary">In all</th></tr></thead>
<tbody>${page.rows.map(
      (row) => html`<tr><th scope="row"><a href="${row.group.href}">${row.group.label}</a></th>${row.cells.map((cell) => {
        const text = html`<span class="status-cell__short" aria-hidden="true">${cell.short}</span><span class="visually-hidden">${cell.label}</span>`;
        return html`<td class="status-cell status-cell--${cell.status}"${cell.span > 1 ? html` colspan="${cell.span}"` : ""} title="${cell.label}">${cell.href ? html`<a href="${cell.href}">${text}</a>` : text}</td>`;
      })}<td class="status-grid__summary">${row.summary}</td></tr>`,
    )}</tbody>
</table>
</div>
<p>Every deadline as a calendar to subscribe to: <a href="${page.calendar}" type="text/calendar">all groups (iCalendar)</a>; each group has its own at <code>/groups/&lt;group&gt;/calendar.ics</code>.</p>
</section>`,
  );
}
