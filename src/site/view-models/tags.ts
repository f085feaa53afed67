// Session tags: the archive's subject index.
import { plural } from "../format.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { type LazyPages, lazyPages } from "./lazy-pages.ts";
import { sessionView } from "./shared.ts";
import type { LinkView, PageView, SessionView } from "./types.ts";

export interface TagsIndexView extends PageView {
  tags: { label: string; href: string; count: string }[];
}

export interface TagPageView extends PageView {
  tag: string;
  facts: string;
  groups: LinkView[];
  sessions: SessionView[];
}

export function tagViews(ctx: ViewContext): { index: TagsIndexView; pages: LazyPages<TagPageView> } {
  const tags = ctx.index.tags;
  return {
    index: {
      url: urls.tags,
      permalink: "/tags/index.html",
      title: "Tags",
      description: "Sessions by subject.",
      nav: "tags",
      crumbs: [{ label: "Home", href: urls.home }, { label: "Tags" }],
      tags: tags.map((t) => ({ label: t.tag, href: href(urls.tag(t.tag)), count: plural(t.sessions.length, "session") })),
    },
    pages: lazyPages(tags, (t) => urls.tag(t.tag), (t) => {
      const url = urls.tag(t.tag);
      return {
        url,
        permalink: url + "index.html",
        title: `Sessions tagged “${t.tag}”`,
        nav: "tags",
        crumbs: [{ label: "Home", href: urls.home }, { label: "Tags", href: urls.tags }, { label: t.tag }],
        tag: t.tag,
        facts: `${plural(t.sessions.length, "session")} in ${plural(t.groups.length, "group")}`,
        groups: t.groups.map((slug) => ({ label: ctx.group(slug).name, href: href(urls.group(slug)) })),
        sessions: t.sessions.map((s) => sessionView(s, ctx, true)),
      };
    }),
  };
}
