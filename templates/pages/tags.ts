// /tags/: every session tag.
import { html } from "../../src/site/html.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews): string {
  const page = views.tagsIndex;
  return base(
    views.layout,
    page,
    html`<h1>${page.title}</h1>
<p class="lede">${page.description}</p>
<ul class="tags tags--large">${page.tags.map((t) => html`<li><a class="tag" href="${t.href}">${t.label} <span class="tag__count">${t.count}</span></a></li>`)}</ul>`,
  );
}
