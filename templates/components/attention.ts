// "Needs attention": each group the risk rules flag, with its severity and every reason in words.
// Shared by the home page (the first few) and /status/ (all of them).
import { type Html, html } from "../../src/site/html.ts";
import type { RiskGroupView } from "../../src/site/view-models/status.ts";
import { badge } from "./badge.ts";

export function attention(groups: readonly RiskGroupView[], headingLevel: 2 | 3 = 3): Html {
  return html`<ol class="attention">${groups.map((g) => {
    const title = html`<a href="${g.group.href}">${g.group.label}</a> ${badge({ label: `${g.severity.label} priority`, tone: g.severity.tone })}`;
    return html`<li class="attention__group">
${headingLevel === 2 ? html`<h2 class="attention__title">${title}</h2>` : html`<h3 class="attention__title">${title}</h3>`}
<ul class="attention__reasons">${g.reasons.map((r) => html`<li><strong>${r.title}:</strong> ${r.message}</li>`)}</ul>
</li>`;
  })}</ol>`;
}
