// An address for files read away from the site (digests, calendars): absolute when site.url says
// where the site is published, else root-absolute under the path prefix (the best there is).
import { absoluteUrl, withPrefix } from "../urls.ts";
import type { ViewContext } from "./context.ts";

export function outsideUrl(ctx: Pick<ViewContext, "archive" | "pathPrefix">, url: string): string {
  const site = ctx.archive.site;
  return site.url ? absoluteUrl(site.url, ctx.pathPrefix, url) : withPrefix(ctx.pathPrefix, url);
}
