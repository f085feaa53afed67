// A page of the site maintainers' own, in the site's layout (src/site/view-models/own-page.ts). Its
// content starts with its own h1, as Markdown pages do; a page without one gets its title.
import { html } from "../../src/site/html.ts";
import type { OwnPageView } from "../../src/site/view-models/own-page.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews, page: OwnPageView): string {
  const hasH1 = /<h1[\s>]/i.test(page.bodyHtml.value);
  return base(views.layout, page, html`${hasH1 ? "" : html`<h1>${page.title}</h1>`}
<div class="prose">${page.bodyHtml}</div>`);
}
