// /work-products/: every work product of every group, its status now and its history.
import { html } from "../../src/site/html.ts";
import { badge } from "../components/badge.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews): string {
  const page = views.workProducts;
  return base(
    views.layout,
    page,
    html`<h1>${page.title}</h1>
<p class="lede">${page.description}</p>
${page.groups.length === 0 ? html`<p>No group has reported a work product yet.</p>` : ""}
${page.groups.map(
      (g) => html`<section aria-labelledby="${g.id}"><h2 id="${g.id}"><a href="${g.group.href}">${g.group.label}</a></h2>
<ul class="work-products">${g.items.map(
        (wp) => html`<li class="card work-product">
<div class="work-product__head"><h3 class="work-product__title"><a href="${wp.href}">${wp.title}</a></h3> ${badge(wp.current)}</div>
${wp.owner || wp.dueLabel ? html`<dl class="inline-facts">${wp.owner ? html`<div><dt>Owner</dt> <dd>${wp.owner}</dd></div>` : ""}${wp.dueLabel ? html`<div><dt>Due</dt> <dd>${wp.dueLabel}</dd></div>` : ""}</dl>` : ""}
${wp.note ? html`<p class="note">${wp.note}</p>` : ""}
${wp.notInLatest ? html`<p class="muted">Not in the group's latest report.</p>` : ""}
<ol class="history" aria-label="History">${wp.history.map((h) => html`<li><a href="${h.href}">${h.quarterLabel}</a> ${badge(h.status)}</li>`)}</ol>
</li>`,
      )}</ul></section>`,
    )}`,
  );
}
