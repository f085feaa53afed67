// Session tags: the archive's subject index.
import { plural } from "../format.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { type LazyPages, lazyPages } from "./lazy-pages.ts";
import { type SessionsPageView, sessionsPage, sessionsPageUrl, sliceSessions } from "./session-pages.ts";
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
    pages: lazyPages(sliceSessions(tags, (t) => t.sessions), (s) => sessionsPageUrl(urls.tag(s.owner.tag), s.number), (slice) => {
      const t = slice.owner;
      const url = sessionsPageUrl(urls.tag(t.tag), slice.number);
      return {
        url,
        permalink: url + "index.html",
        title: `Sessions tagged “${t.tag}”${slice.number === 1 ? "" : `, page ${slice.number} of ${slice.count}`}`,
        nav: "tags",
        crumbs: [
          { label: "Home", href: urls.home },
          { label: "Tags", href: urls.tags },
          ...(slice.number === 1 ? [{ label: t.tag }] : [{ label: t.tag, href: urls.tag(t.tag) }, { label: `Page ${slice.number}` }]),
        ],
        tag: t.tag,
        facts: `${plural(t.sessions.length, "session")} in ${plural(t.groups.length, "group")}`,
        groups: t.groups.map((slug) => ({ label: ctx.group(slug).name, href: href(urls.group(slug)) })),
        sessions: sessionsPage(slice, urls.tag(t.tag), ctx),
      };
    }),
  };
}
