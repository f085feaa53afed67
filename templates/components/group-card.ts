// A group at a glance: name, cadence, last report, attendance trend as a sparkline and in words.
import { type Html, html } from "../../src/site/html.ts";
import type { GroupSummaryView } from "../../src/site/view-models/group.ts";

export function groupCard(g: GroupSummaryView): Html {
  return html`<article class="card group-card">
<p class="card__eyebrow">${g.kind}${g.meets ? html` · ${g.meets}` : ""}</p>
<h3 class="card__title"><a href="${g.href}">${g.name}</a></h3>
<div class="trend">${g.sparkline}<p class="trend__text">${g.trend}</p></div>
${g.lastReport ? html`<p class="card__summary">Latest: <a href="${g.lastReport.href}">${g.lastReport.quarterLabel} — ${g.lastReport.label}</a></p>` : html`<p class="card__summary">No report yet.</p>`}
<p class="card__meta">${g.facts.map((f) => html`<span class="fact">${f}</span> `)}${g.missing ? html`<span class="badge badge--danger">${g.missing} missing</span>` : ""}</p>
</article>`;
}
