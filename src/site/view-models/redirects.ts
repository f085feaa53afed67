// A group's earlier folder names keep their URLs working (spec: formerSlugs): each old group and
// report address becomes a small page that sends the reader on. A meta refresh is not an href, so
// its target carries the path prefix explicitly.
import { urls, withPrefix } from "../urls.ts";
import type { ViewContext } from "./context.ts";

export interface RedirectView {
  permalink: string;
  /** Root-absolute, for the visible link (HtmlBasePlugin prefixes it). */
  target: string;
  /** With the path prefix, for the meta refresh. */
  refreshTarget: string;
  title: string;
}

export function redirects(ctx: ViewContext): RedirectView[] {
  const current = new Set(ctx.archive.groups.map((g) => g.slug));
  return ctx.archive.groups.flatMap((group) =>
    (group.data.formerSlugs ?? [])
      .filter((old) => !current.has(old))
      .flatMap((old) => [
        { from: urls.group(old), to: urls.group(group.slug), title: group.name },
        ...group.reports.map((r) => ({ from: urls.reportIn(old, r.quarter), to: urls.report(r), title: r.title })),
      ])
      .map(({ from, to, title }) => ({ permalink: `${from}index.html`, target: to, refreshTarget: withPrefix(ctx.pathPrefix, to), title })),
  );
}
