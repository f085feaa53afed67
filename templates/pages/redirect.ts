// Old addresses of renamed groups (formerSlugs): a page that sends the reader on, without script.
import { html } from "../../src/site/html.ts";
import type { RedirectView } from "../../src/site/view-models/redirects.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { CSP } from "../layouts/base.ts";

export function render(views: SiteViews, r: RedirectView): string {
  return html`<!doctype html>
<html lang="${views.layout.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta http-equiv="refresh" content="0; url=${r.refreshTarget}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${r.target}">
<title>${r.title} has moved</title>
</head>
<body>
<main><h1>${r.title} has moved</h1><p><a href="${r.target}">Go to its new address</a>.</p></main>
</body>
</html>
`.toString();
}
