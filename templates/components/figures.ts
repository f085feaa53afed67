// Key figures as a row of tiles: a big number, what it counts, a detail line. A list, not a dl,
// so that without CSS (and to a screen reader) each reads as a phrase: "9 sessions".
import { type Html, html } from "../../src/site/html.ts";
import type { Figure } from "../../src/site/view-models/types.ts";

export function figures(items: readonly Figure[], label: string): Html {
  if (items.length === 0) return html``;
  return html`<ul class="figures" aria-label="${label}">${items.map(
    (f) => html`<li class="figure"><span class="figure__value">${f.value}</span> <span class="figure__label">${f.label}</span>${f.detail ? html` <span class="figure__detail">${f.detail}</span>` : ""}</li>`,
  )}</ul>`;
}
