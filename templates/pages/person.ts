// /people/<person>/: what one person presented, when, in which group.
import { html } from "../../src/site/html.ts";
import type { PersonPageView } from "../../src/site/view-models/people.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { inlineLinks } from "../components/links.ts";
import { sessionList } from "../components/sessions.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews, p: PersonPageView): string {
  return base(
    views.layout,
    p,
    html`<div><header class="page-header"${p.sessions.number === 1 ? html` data-pagefind-body` : ""}><p class="eyebrow">Presenter</p><h1>${p.name}</h1>
${p.sessions.number === 1 ? html`<dl class="inline-facts">
${p.roles.length ? html`<div><dt>Role</dt><dd>${p.roles.join(", ")}</dd></div>` : ""}
${p.orgs.length ? html`<div><dt>Organisation</dt><dd>${inlineLinks(p.orgs)}</dd></div>` : ""}
<div><dt>Groups</dt><dd>${inlineLinks(p.groups, "group")}</dd></div>
${p.ownUrl ? html`<div><dt>Website</dt><dd><a href="${p.ownUrl}" rel="noopener noreferrer">${p.ownUrl}</a></dd></div>` : ""}
</dl>` : ""}
<p class="page-header__facts"><span class="fact">${p.facts}</span></p></header>
<section aria-labelledby="sessions"><h2 id="sessions">Sessions</h2>${sessionList(p.sessions)}</section></div>`,
  );
}
