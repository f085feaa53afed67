// A report as a card: group, quarter, title, summary, a few facts and badges.
import { type Html, html } from "../../src/site/html.ts";
import type { ReportCardView } from "../../src/site/view-models/types.ts";
import { badge } from "./badge.ts";

export function reportCard(r: ReportCardView, headingLevel: 2 | 3 = 3): Html {
  const title = html`<a href="${r.href}">${r.title}</a>`;
  return html`<article class="card report-card">
<p class="card__eyebrow"><a href="${r.group.href}">${r.group.label}</a> · ${r.quarterLabel}</p>
${headingLevel === 2 ? html`<h2 class="card__title">${title}</h2>` : html`<h3 class="card__title">${title}</h3>`}
${r.summaryHtml ? html`<p class="card__summary">${r.summaryHtml}</p>` : ""}
<p class="card__meta">${r.badges.map((b) => html`${badge(b)} `)}${r.facts.map((f) => html`<span class="fact">${f}</span> `)}${
    r.submittedLabel ? html`<span class="fact">Submitted <time datetime="${r.submittedIso}">${r.submittedLabel}</time></span>` : ""
  }</p>
</article>`;
}

export function reportCards(cards: readonly ReportCardView[]): Html {
  return html`<div class="card-grid">${cards.map((c) => reportCard(c))}</div>`;
}
