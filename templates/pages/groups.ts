// /groups/: every group at a glance.
import { html } from "../../src/site/html.ts";
import { groupCard } from "../components/group-card.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews): string {
  const page = views.groupsIndex;
  return base(
    views.layout,
    page,
    html`<h1>${page.title}</h1>
<p class="lede">${page.description}</p>
<div class="card-grid">${page.groups.map(groupCard)}</div>`,
  );
}
