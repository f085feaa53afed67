// The page shell every page shares: landmarks, skip link, breadcrumbs, a search slot for the later
// Pagefind work, one h1 per page (the page's own), a strict Content-Security-Policy, and no
// third-party request of any kind (no fonts, scripts or images from elsewhere).
import { type Html, type Interpolation, html } from "../../src/site/html.ts";
import type { LayoutView } from "../../src/site/view-models/layout.ts";
import type { PageView } from "../../src/site/view-models/types.ts";
import { breadcrumbs } from "../components/breadcrumbs.ts";

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * The search page's policy: the same, plus 'wasm-unsafe-eval' because Pagefind searches with
 * WebAssembly, which a script-src without it forbids. Still no inline script or style anywhere.
 */
export const SEARCH_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

/** What a page may add to the shell: more in <head> (same-origin scripts and stylesheets), its own CSP. */
export interface ShellExtras {
  head?: Html;
  csp?: string;
}

export function base(layout: LayoutView, page: PageView, body: Interpolation, extras: ShellExtras = {}): string {
  const fullTitle = page.title === layout.siteTitle ? layout.siteTitle : `${page.title} · ${layout.siteTitle}`;
  const shell: Html = html`<!doctype html>
<html lang="${layout.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${extras.csp ?? CSP}">
<title>${fullTitle}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ""}
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="/assets/site.css">${layout.brandStylesheet ? html`\n<link rel="stylesheet" href="${layout.brandStylesheet}">` : ""}
${extras.head ?? ""}
${page.feedHref ? html`<link rel="alternate" type="application/atom+xml" title="${layout.siteTitle}" href="${page.feedHref}">` : ""}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="site-header__inner">
<a class="site-title" href="/"${page.nav === "home" ? html` aria-current="page"` : ""}>${layout.logoSrc ? html`<img class="site-logo" src="${layout.logoSrc}" alt="">` : ""}${layout.siteTitle}</a>
<form class="search" role="search" action="${layout.searchAction}" method="get">
<label class="visually-hidden" for="search-q">Search the reports</label>
<input id="search-q" name="q" type="search" placeholder="Search reports">
<button type="submit">Search</button>
</form>
</div>
<nav class="site-nav" aria-label="Main"><ul>${layout.nav.map(
    (item) => html`<li><a href="${item.href}"${item.key === page.nav ? html` aria-current="page"` : ""}>${item.label}</a></li>`,
  )}${layout.extraNav.map((item) => html`<li><a href="${item.href}">${item.label}</a></li>`)}</ul></nav>
</header>
<main id="main" tabindex="-1">
${breadcrumbs(page.crumbs)}
${body}
</main>
<footer class="site-footer">
<ul>${layout.footer.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ul>
${layout.footerLine ? html`<p class="site-footer__line">${layout.footerLine}</p>\n` : ""}<p>${layout.builtLabel}.</p>
</footer>
</body>
</html>
`;
  return shell.toString();
}
