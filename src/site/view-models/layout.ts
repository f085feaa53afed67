// What the page shell shows on every page: the site's name, the main navigation, the footer's
// links. Computed once per build.
import { BRAND_CSS, hasBrandCss, logoHref } from "../branding.ts";
import { dateLabel } from "../format.ts";
import { urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import type { LinkView, NavKey } from "./types.ts";

export interface LayoutView {
  siteTitle: string;
  lang: string;
  nav: (LinkView & { key: NavKey })[];
  footer: LinkView[];
  builtLabel: string;
  searchAction: string;
  /** Branding from site.yaml (src/site/branding.ts); absent, the shell is sigreport's own. */
  brandStylesheet?: string;
  logoSrc?: string;
  extraNav: LinkView[];
  footerLine?: string;
}

export function layoutView(ctx: ViewContext): LayoutView {
  const { site } = ctx.archive;
  return {
    siteTitle: site.title,
    lang: site.locale,
    nav: [
      { key: "groups", label: "Groups", href: urls.groups },
      { key: "quarters", label: "Quarters", href: urls.quarters },
      { key: "people", label: "People", href: urls.people },
      { key: "organizations", label: "Organisations", href: urls.organizations },
      { key: "work-products", label: "Work products", href: urls.workProducts },
      { key: "tags", label: "Tags", href: urls.tags },
      { key: "status", label: "Status", href: urls.status },
    ],
    footer: [
      ...(site.url ? [{ label: "Atom feed", href: urls.feed }] : []),
      { label: "All reports as JSON", href: urls.reportsJson },
      { label: "Report JSON Schema", href: urls.schema("report") },
      ...(site.repository ? [{ label: "Source repository", href: site.repository }] : []),
    ],
    builtLabel: `Built on ${dateLabel(ctx.today, ctx.locale)}`,
    searchAction: urls.search,
    ...(hasBrandCss(site) && { brandStylesheet: BRAND_CSS }),
    ...(site.logo && { logoSrc: logoHref(site.logo) }),
    extraNav: (site.nav ?? []).map((l) => ({ label: l.label, href: l.url })),
    ...(site.footer && { footerLine: site.footer }),
  };
}
