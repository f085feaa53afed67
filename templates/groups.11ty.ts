// /groups/: every group at a glance.
import { html } from "../src/site/html.ts";
import { groupCard } from "./components/group-card.ts";
import type { SiteData } from "./components/types.ts";
import { base } from "./layouts/base.ts";

export const data = { permalink: "/groups/index.html", eleventyExcludeFromCollections: true };

export function render({ views }: SiteData): string {
  const page = views.groupsIndex;
  return base(
    views.layout,
    page,
    html`<h1>${page.title}</h1>
<p class="lede">${page.description}</p>
<div class="card-grid">${page.groups.map(groupCard)}</div>`,
  );
}
