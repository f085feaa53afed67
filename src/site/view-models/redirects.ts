// A group's earlier folder names keep their URLs working (spec: formerSlugs): each old group and
// report address becomes a small page that sends the reader on. Which addresses redirect where is
// decided in one place, src/archive/renames.ts (which also refuses conflicting former names, and
// `sigreport build` stops on those); this only adds titles and the path prefix. A meta refresh is
// not an href, so its target carries the path prefix explicitly.
import { renames } from "../../archive/renames.ts";
import { Quarter } from "../../model/quarter.ts";
import { withPrefix } from "../urls.ts";
import type { ViewContext } from "./context.ts";

export interface RedirectView {
  permalink: string;
  /** Root-absolute, for the visible link (the path prefix is added to every href). */
  target: string;
  /** With the path prefix, for the meta refresh. */
  refreshTarget: string;
  title: string;
}

export function redirects(ctx: ViewContext): RedirectView[] {
  return renames(ctx.archive).redirects.map((r) => {
    const group = ctx.group(r.group);
    const quarter = r.quarter === undefined ? undefined : Quarter.parse(r.quarter);
    const report = quarter && group.reports.find((x) => x.quarter.equals(quarter));
    return { permalink: `${r.from}index.html`, target: r.to, refreshTarget: withPrefix(ctx.pathPrefix, r.to), title: report?.title ?? group.name };
  });
}
