// /404.html: served by static hosts for any unknown address, at any depth, so its links are
// root-absolute (the path prefix is added by src/site/path-prefix.ts).
import { html } from "../../src/site/html.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews): string {
  return base(
    views.layout,
    views.notFound,
    html`<h1>${views.notFound.title}</h1>
<p class="lede">There is no page at this address. Reports live at <code>/groups/&lt;group&gt;/&lt;year&gt;-q&lt;n&gt;/</code>.</p>
<ul class="links"><li><a href="/">Home</a></li><li><a href="/groups/">All groups</a></li><li><a href="/quarters/">All quarters</a></li></ul>`,
  );
}
