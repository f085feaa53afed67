// The page shell every page shares: landmarks, skip link, one h1 per page (the page's own), and
// no third-party request of any kind.
import { type Html, type Interpolation, html } from "../../src/site/html.ts";

export interface BaseLayout {
  title: string;
  siteTitle: string;
  description?: string | undefined;
  lang?: string | undefined;
  body: Interpolation;
}

export function base({ title, siteTitle, description, lang = "en", body }: BaseLayout): Html {
  const fullTitle = title === siteTitle ? siteTitle : `${title} · ${siteTitle}`;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${description ? html`<meta name="description" content="${description}">` : ""}
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a class="site-title" href="/">${siteTitle}</a></header>
<main id="main">
${body}
</main>
</body>
</html>
`;
}
