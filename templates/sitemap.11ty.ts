// /sitemap.xml: every page, with absolute URLs (only when site.url is set).
import { html } from "../src/site/html.ts";
import type { SitemapView } from "../src/site/view-models/feeds.ts";
import type { PageData } from "./components/types.ts";

type Data = PageData<"sitemap", SitemapView>;

export const data = {
  pagination: { data: "views.sitemaps", size: 1, alias: "sitemap", addAllPagesToCollections: false },
  permalink: (d: Data) => d.sitemap.permalink,
  eleventyExcludeFromCollections: true,
};

export function render({ sitemap }: Data): string {
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemap.urls.map((u) => html`<url><loc>${u}</loc></url>
`)}</urlset>
`.toString();
}
