// /sitemap.xml: every page, with absolute URLs (only when site.url is set).
import { html } from "../../src/site/html.ts";
import type { SitemapView } from "../../src/site/view-models/feeds.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";

export function render(_site: SiteViews, sitemap: SitemapView): string {
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemap.urls.map((u) => html`<url><loc>${u}</loc></url>
`)}</urlset>
`.toString();
}
