// Session tags: the archive's subject index.
import { plural } from "../format.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import type { LazyPages } from "./lazy-pages.ts";
import { type SessionsPageView, ownerSessionPages } from "./session-pages.ts";
import type { LinkView, PageView } from "./types.ts";

export interface TagsIndexView extends PageView {
  tags: { label: string; href: string; count: string }[];
}

export interface TagPageView extends PageView {
  tag: string;
  facts: string;
  groups: LinkView[];
  sessions: SessionsPageView;
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
    pages: ownerSessionPages(tags, { sessions: (t) => t.sessions, url: (t) => urls.tag(t.tag), name: (t) => t.tag, section: { label: "Tags", href: urls.tags } }, ctx, (page) => {
      const t = page.owner;
      const { number, count } = page.sessions;
      return {
        url: page.url,
        permalink: page.permalink,
        title: `Sessions tagged “${t.tag}”${number === 1 ? "" : `, page ${number} of ${count}`}`,
        nav: "tags",
        crumbs: page.crumbs,
        tag: t.tag,
        facts: `${plural(page.total, "session")} in ${plural(t.groups.length, "group")}`,
        groups: t.groups.map((slug) => ({ label: ctx.group(slug).name, href: href(urls.group(slug)) })),
        sessions: page.sessions,
      };
    }),
  };
}
