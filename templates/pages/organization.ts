// /organizations/<org>/: who presented for an organisation, what and where.
// Later pages of a long list of sessions repeat only the name: who and where are on page 1.
import { html } from "../../src/site/html.ts";
import type { OrganizationPageView } from "../../src/site/view-models/people.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { inlineLinks } from "../components/links.ts";
import { sessionList } from "../components/sessions.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews, o: OrganizationPageView): string {
  return base(
    views.layout,
    o,
    html`<header class="page-header"><p class="eyebrow">Organisation</p><h1>${o.name}</h1>
${o.sessions.number === 1 ? html`<dl class="inline-facts">
<div><dt>People</dt><dd>${inlineLinks(o.people)}</dd></div>
<div><dt>Groups</dt><dd>${inlineLinks(o.groups)}</dd></div>
</dl>` : ""}
<p class="page-header__facts"><span class="fact">${o.facts}</span></p></header>
<section aria-labelledby="sessions"><h2 id="sessions">Sessions</h2>${sessionList(o.sessions)}</section>`,
  );
}
