// /quarters/: every quarter, how many groups reported and how many did not.
import { html } from "../../src/site/html.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews): string {
  const page = views.quartersIndex;
  return base(
    views.layout,
    page,
    html`<h1>${page.title}</h1>
<p class="lede">${page.description}</p>
<ul class="row-list">${page.quarters.map(
      (q) => html`<li class="row-list__item"><a class="row-list__title" href="${q.href}">${q.label}</a> <span class="fact">${q.filed}</span> <span class="fact">${q.without}</span> ${
        q.missing ? html`<span class="badge badge--danger">${q.missing} missing</span>` : ""
      }</li>`,
    )}</ul>`,
  );
}
