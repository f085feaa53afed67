// The one list of the pages sigreport makes. Each entry is a page kind: which views it has (each
// view carries its permalink), whether its pages go in the sitemap, and whether it has one page
// per group, report, person… (`perItem`: after a save the dev server rewrites only the pages the
// save touched, src/site/touched-pages.ts; the other kinds show the whole archive and are always
// rewritten). The render functions live in templates/ and are passed in by whoever writes the
// site (src/site-renderers.ts, a `Renderers` map keyed by kind), so src/site imports nothing from
// templates/. The order is the sitemap's order and the writer's; files read only once every page
// is written (reports.json, which the dev-server test watches) come last.
//
// To add a page kind: name its view type in `PageViews`, add its views to SiteViews
// (view-models/site-views.ts), add an entry here, and a renderer in templates/renderers.ts; the
// compiler then asks for the rest.
import type { DataFileView, StreamedFileView } from "./view-models/data-files.ts";
import type { DigestFile } from "./view-models/digest.ts";
import type { FeedView, SitemapView } from "./view-models/feeds.ts";
import type { GroupPageView, GroupsIndexView } from "./view-models/group.ts";
import type { HomeView } from "./view-models/home.ts";
import { permalinkFor } from "./urls.ts";
import type { Piece } from "./reused-pieces.ts";
import { type LazyPages, isLazyPages } from "./view-models/lazy-pages.ts";
import type { DirectoryView, OrganizationPageView, PersonPageView } from "./view-models/people.ts";
import type { QuarterPageView, QuartersIndexView } from "./view-models/quarter.ts";
import type { RedirectView } from "./view-models/redirects.ts";
import type { ReportPageView } from "./view-models/report.ts";
import type { SiteViews } from "./view-models/site-views.ts";
import type { StatusPageView } from "./view-models/status.ts";
import type { TagPageView, TagsIndexView } from "./view-models/tags.ts";
import type { PageView, SearchPageView } from "./view-models/types.ts";
import type { WorkProductsPageView } from "./view-models/work-products.ts";

/** Each page kind's view. */
export interface PageViews {
  home: HomeView;
  groups: GroupsIndexView;
  group: GroupPageView;
  report: ReportPageView;
  quarters: QuartersIndexView;
  quarter: QuarterPageView;
  people: DirectoryView;
  person: PersonPageView;
  organizations: DirectoryView;
  organization: OrganizationPageView;
  workProducts: WorkProductsPageView;
  tags: TagsIndexView;
  tag: TagPageView;
  status: StatusPageView;
  search: SearchPageView;
  notFound: PageView;
  redirect: RedirectView;
  feed: FeedView;
  groupFeed: FeedView;
  sitemap: SitemapView;
  schema: DataFileView;
  reportsJson: StreamedFileView;
  digestMarkdown: DigestFile;
  digestText: DigestFile;
  calendar: DataFileView;
  groupCalendar: DataFileView;
}

export type PageKindName = keyof PageViews;

/** A page kind's pages: a list, or made one at a time as they are written (LazyPages). */
export type Pages<V> = readonly V[] | LazyPages<V>;

export interface PageKind<K extends PageKindName = PageKindName> {
  kind: K;
  pages(site: SiteViews): Pages<PageViews[K]>;
  /** Listed in /sitemap.xml (its views are PageViews with a url). */
  sitemap: boolean;
  /** One page per group, report, quarter, person, organisation, tag or old address. */
  perItem: boolean;
}

/** Lays out one page: a whole file, or a file in pieces never held as one string. */
export type Render<K extends PageKindName> = (site: SiteViews, page: PageViews[K]) => string | Iterable<Piece>;

/** The templates' side: one render function per page kind. */
export type Renderers = { [K in PageKindName]: Render<K> };

const one = <K extends PageKindName>(kind: K, view: (site: SiteViews) => PageViews[K], sitemap: boolean): PageKind<K> => ({
  kind,
  pages: (site) => [view(site)],
  sitemap,
  perItem: false,
});
const many = <K extends PageKindName>(kind: K, pages: (site: SiteViews) => Pages<PageViews[K]>, sitemap: boolean, perItem = true): PageKind<K> => ({
  kind,
  pages,
  sitemap,
  perItem,
});

export const PAGE_TABLE: readonly PageKind[] = [
  one("home", (s) => s.home, true),
  one("groups", (s) => s.groupsIndex, true),
  many("group", (s) => s.groups, true),
  many("report", (s) => s.reports, true),
  one("quarters", (s) => s.quartersIndex, true),
  many("quarter", (s) => s.quarters, true),
  one("people", (s) => s.peopleIndex, true),
  many("person", (s) => s.people, true),
  one("organizations", (s) => s.organizationsIndex, true),
  many("organization", (s) => s.organizations, true),
  one("workProducts", (s) => s.workProducts, true),
  one("tags", (s) => s.tagsIndex, true),
  many("tag", (s) => s.tags, true),
  one("status", (s) => s.status, true),
  one("search", (s) => s.search, true),
  one("notFound", (s) => s.notFound, false),
  many("redirect", (s) => s.redirects, false),
  // The site's feed and calendar gather every group: rewritten after every save, like the indexes;
  // a group's, and a quarter's digest, are its own (after a save, written for the saved report's).
  many("feed", (s) => s.feeds, false, false),
  many("groupFeed", (s) => s.groupFeeds, false),
  many("sitemap", (s) => s.sitemaps, false, false),
  many("schema", (s) => s.dataFiles, false, false),
  many("digestMarkdown", (s) => s.digestMarkdown, false),
  many("digestText", (s) => s.digestText, false),
  many("calendar", (s) => s.calendars, false, false),
  many("groupCalendar", (s) => s.groupCalendars, false),
  many("reportsJson", (s) => s.streamedFiles, false, false),
] as PageKind[];

/** The addresses of every page the sitemap lists, in the table's order, without making a lazy page's view. */
export function sitemapUrls(site: Omit<SiteViews, "sitemaps">): string[] {
  return PAGE_TABLE.filter((k) => k.sitemap).flatMap((k) => {
    const pages = k.pages(site as SiteViews) as Pages<PageView>;
    return isLazyPages(pages) ? pages.urls : pages.map((p) => p.url);
  });
}

/** Every file the table makes, by kind: what a build must write, and all it may write. */
export function permalinksByKind(site: SiteViews): Map<PageKindName, string[]> {
  return new Map(PAGE_TABLE.map((k) => [k.kind, [...(k.pages(site) as Iterable<{ permalink: string }>)].map((p) => p.permalink)]));
}

/**
 * The same files as permalinksByKind, without making a view of a lazy family (their addresses are
 * known up front): cheap enough for the dev server to ask after every save.
 */
export function pageFiles(site: SiteViews): string[] {
  return PAGE_TABLE.flatMap((k) => {
    const pages = k.pages(site) as Pages<{ permalink: string }>;
    return isLazyPages(pages) ? pages.urls.map(permalinkFor) : pages.map((p) => p.permalink);
  });
}
