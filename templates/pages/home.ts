// Home: the groups needing attention first, then the latest reports, every group with its last report and attendance trend, the counts.
import { html } from "../../src/site/html.ts";
import { attention } from "../components/attention.ts";
import { figures } from "../components/figures.ts";
import { groupCard } from "../components/group-card.ts";
import { reportCards } from "../components/report-card.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews): string {
  const page = views.home;
  return base(
    views.layout,
    page,
    html`<div class="hero">
<h1>${page.siteTitle}</h1>
${page.intro ? html`<p class="lede">${page.intro}</p>` : ""}
${figures(page.counts, "The archive in numbers")}
</div>
${page.attention.length ? html`<section aria-labelledby="attention" class="attention-section"><h2 id="attention">Needs attention</h2>
${attention(page.attention)}
<p><a href="${page.status.href}">${page.status.label}</a></p>
</section>` : ""}
<section aria-labelledby="latest"><h2 id="latest">Latest reports</h2>
${page.latest.length ? reportCards(page.latest) : html`<p>No reports yet.</p>`}
</section>
<section aria-labelledby="groups"><h2 id="groups">Groups</h2>
<div class="card-grid">${page.groups.map(groupCard)}</div>
</section>`,
  );
}
