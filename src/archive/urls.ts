// The site's addresses for groups and reports, in one place, so redirects (renames.ts), feeds and
// pages cannot disagree about where a page lives. Quarters use their URL form, `2019-q2`.
import type { Quarter } from "../model/quarter.ts";

/** `/groups/public-sector/` */
export function groupPath(slug: string): string {
  return `/groups/${slug}/`;
}

/** `/groups/public-sector/2019-q2/` */
export function reportPath(slug: string, quarter: Quarter): string {
  return `${groupPath(slug)}${quarter.slug}/`;
}
