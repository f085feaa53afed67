// Where the page sits: Home › Groups › Public Sector SIG › Q2 2019.
import { type Html, html } from "../../src/site/html.ts";
import type { Crumb } from "../../src/site/view-models/types.ts";

export function breadcrumbs(crumbs: readonly Crumb[]): Html {
  if (crumbs.length === 0) return html``;
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${crumbs.map((c) =>
    c.href ? html`<li><a href="${c.href}">${c.label}</a></li>` : html`<li><span aria-current="page">${c.label}</span></li>`,
  )}</ol></nav>`;
}
