// Every page's address, in one place, so links and permalinks cannot disagree. URLs are
// root-absolute (`/groups/…`): src/site/path-prefix.ts adds the path prefix to every href and src
// of the HTML output. Anything that is not an href or src (feeds, sitemap, redirects) goes through
// `withPrefix` or `absoluteUrl` explicitly.
import type { Report } from "../model/archive.ts";
import type { Quarter } from "../model/quarter.ts";

export const urls = {
  home: "/",
  groups: "/groups/",
  group: (slug: string) => `/groups/${slug}/`,
  groupFeed: (slug: string) => `/groups/${slug}/feed.xml`,
  report: (report: Pick<Report, "group" | "quarter">) => `/groups/${report.group}/${report.quarter.slug}/`,
  reportIn: (group: string, quarter: Quarter) => `/groups/${group}/${quarter.slug}/`,
  quarters: "/quarters/",
  quarter: (quarter: Quarter) => `/quarters/${quarter.slug}/`,
  people: "/people/",
  person: (slug: string) => `/people/${slug}/`,
  organizations: "/organizations/",
  organization: (slug: string) => `/organizations/${slug}/`,
  workProducts: "/work-products/",
  status: "/status/",
  tags: "/tags/",
  tag: (tag: string) => `/tags/${tag}/`,
  feed: "/feed.xml",
  sitemap: "/sitemap.xml",
  reportsJson: "/reports.json",
  schema: (name: string) => `/schema/${name}.schema.json`,
  notFound: "/404.html",
  search: "/search/",
  /** Pagefind's index and UI, written by `sigreport build` (src/site/search-index.ts). */
  searchBundle: "/pagefind/",
  searchScript: "/assets/search.js",
  stylesheet: "/assets/site.css",
} as const;

/** The file written for a URL: `/groups/` → `/groups/index.html`. */
export function permalinkFor(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

// What encodeURI and encodeURIComponent leave as they are: text made only of these is its own
// encoding. Most addresses are plain ASCII slugs, and a site of 10,000 reports makes 2.7 million
// links: testing first costs a third of encoding.
const AS_IS_IN_URI = /^[A-Za-z0-9;,/?:@&=+$\-_.!~*'()#]*$/;
const AS_IS_IN_COMPONENT = /^[A-Za-z0-9\-_.!~*'()]*$/;

/** An href for a root-absolute path: names in any script are percent-encoded, as browsers send them. */
export function href(url: string, fragment?: string): string {
  const path = AS_IS_IN_URI.test(url) ? url : encodeURI(url);
  if (!fragment) return path;
  return `${path}#${AS_IS_IN_COMPONENT.test(fragment) ? fragment : encodeURIComponent(fragment)}`;
}

/** `/groups/x/` under the path prefix `/sig-reports/` → `/sig-reports/groups/x/`. */
export function withPrefix(pathPrefix: string, url: string): string {
  return `${pathPrefix.replace(/\/+$/, "")}${url}`;
}

/**
 * The absolute URL of a page. `site.url` says where the site is published; if its path already
 * ends with the path prefix (`https://example.org/sig-reports/` built with `/sig-reports/`), the
 * prefix is not added twice.
 */
export function absoluteUrl(siteUrl: string, pathPrefix: string, url: string): string {
  const base = new URL(siteUrl);
  const basePath = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
  const prefix = pathPrefix === "/" || basePath.endsWith(pathPrefix) ? basePath : withPrefix(basePath.replace(/\/$/, ""), pathPrefix);
  return new URL(href(url).replace(/^\//, ""), new URL(prefix, base.origin)).toString();
}
