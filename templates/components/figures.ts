// Key figures as a row of tiles: a big number, what it counts, a detail line.
import { type Html, html } from "../../src/site/html.ts";
import type { Figure } from "../../src/site/view-models/types.ts";

export function figures(items: readonly Figure[], label: string): Html {
  if (items.length === 0) return html``;
  return html`<dl class="figures" aria-label="${label}">${items.map(
    (f) => html`<div class="figure"><dt class="figure__label">${f.label}</dt><dd class="figure__value">${f.value}</dd>${f.detail ? html`<dd class="figure__detail">${f.detail}</dd>` : ""}</div>`,
  )}</dl>`;
}
