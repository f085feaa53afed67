// /tags/<tag>/: every session with a tag.
import { html } from "../../src/site/html.ts";
import type { TagPageView } from "../../src/site/view-models/tags.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { inlineLinks } from "../components/links.ts";
import { sessionList } from "../components/sessions.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews, t: TagPageView): string {
  return base(
    views.layout,
    t,
    html`<header class="page-header"><p class="eyebrow">Tag</p><h1>${t.title}</h1>
<p class="page-header__facts"><span class="fact">${t.facts}</span> <span class="fact">Groups: ${inlineLinks(t.groups)}</span></p></header>
${sessionList(t.sessions)}`,
  );
}
