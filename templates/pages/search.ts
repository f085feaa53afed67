// /search/: Pagefind's search UI over the reports, groups and people. The UI and its index are
// same-origin files written by `sigreport build`; /assets/search.js starts it (no inline script:
// the CSP forbids it) and runs the query the header's search form sent as ?q=.
import { html } from "../../src/site/html.ts";
import { urls } from "../../src/site/urls.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { SEARCH_CSP, base } from "../layouts/base.ts";

export function render(views: SiteViews): string {
  const s = views.search;
  return base(
    views.layout,
    s,
    html`<h1>${s.title}</h1>
<p class="lede">Search every report, group and presenter. Results show the report, its group and its quarter.</p>
<div id="search" class="search-ui" data-bundle="${s.bundlePath}" data-base-url="${s.baseUrl}"></div>
<noscript><p class="notice">Search needs JavaScript, which is turned off in this browser. Every report is also listed by <a href="${urls.groups}">group</a>, by <a href="${urls.quarters}">quarter</a>, by <a href="${urls.people}">presenter</a> and by <a href="${urls.tags}">tag</a>.</p></noscript>`,
    {
      csp: SEARCH_CSP,
      head: html`<link rel="stylesheet" href="${urls.searchBundle}pagefind-ui.css">
<script src="${urls.searchBundle}pagefind-ui.js" defer></script>
<script src="${urls.searchScript}" defer></script>`,
    },
  );
}
