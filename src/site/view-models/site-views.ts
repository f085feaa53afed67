// Every page's view model, computed once per build. The page table (../page-table.ts) says which
// slice of this object each page kind's pages are; templates read their slice instead of deriving
// anything themselves, so a build does each piece of work once, whatever the number of pages.
import type { Archive, Group } from "../../model/archive.ts";
import { permalinkFor, urls, withPrefix } from "../urls.ts";
import { type BuildOptions, contextFor } from "./context.ts";
import { groupCalendars, siteCalendars } from "./calendar.ts";
import { type DigestFile, digestFiles } from "./digest.ts";
import { type DataFileView, type StreamedFileView, dataFiles, reportsJson } from "./data-files.ts";
import { type FeedView, type SitemapView, groupFeeds, siteFeeds, sitemapViews } from "./feeds.ts";
import { type GroupPageView, type GroupSummaryView, type GroupsIndexView, groupPage, groupSummary, groupsIndex } from "./group.ts";
import { type HomeView, homePage } from "./home.ts";
import { type LayoutView, layoutView } from "./layout.ts";
import { type LazyPages, lazyPages } from "./lazy-pages.ts";
import { type DirectoryView, type OrganizationPageView, type PersonPageView, organizationViews, peopleViews } from "./people.ts";
import { type QuarterPageView, type QuartersIndexView, quarterViews } from "./quarter.ts";
import { type RedirectView, redirects } from "./redirects.ts";
import { type ReportPageView, reportPages } from "./report.ts";
import { type StatusPageView, statusPage } from "./status.ts";
import { type TagPageView, type TagsIndexView, tagViews } from "./tags.ts";
import type { PageView, SearchPageView } from "./types.ts";
import { sitemapUrls } from "../page-table.ts";
import { type WorkProductsPageView, workProductsPage } from "./work-products.ts";

export interface SiteViews {
  layout: LayoutView;
  home: HomeView;
  groupsIndex: GroupsIndexView;
  groups: LazyPages<GroupPageView>;
  reports: LazyPages<ReportPageView>;
  quartersIndex: QuartersIndexView;
  quarters: QuarterPageView[];
  /** Each quarter's digest.md and digest.txt. */
  digestMarkdown: LazyPages<DigestFile>;
  digestText: LazyPages<DigestFile>;
  /** /calendar.ics. */
  calendars: DataFileView[];
  groupCalendars: LazyPages<DataFileView>;
  peopleIndex: DirectoryView;
  people: LazyPages<PersonPageView>;
  organizationsIndex: DirectoryView;
  organizations: LazyPages<OrganizationPageView>;
  workProducts: WorkProductsPageView;
  tagsIndex: TagsIndexView;
  tags: LazyPages<TagPageView>;
  status: StatusPageView;
  notFound: PageView;
  search: SearchPageView;
  /** /feed.xml (none without site.url). */
  feeds: FeedView[];
  groupFeeds: LazyPages<FeedView>;
  sitemaps: SitemapView[];
  dataFiles: DataFileView[];
  /** Files too large to hold as one string, written piece by piece. */
  streamedFiles: StreamedFileView[];
  redirects: RedirectView[];
}

const cache = new WeakMap<Archive, Map<string, SiteViews>>();

export function siteViews(archive: Archive, options: BuildOptions): SiteViews {
  const key = `${options.today} ${options.pathPrefix}`;
  let byOptions = cache.get(archive);
  if (!byOptions) cache.set(archive, (byOptions = new Map()));
  const cached = byOptions.get(key);
  if (cached) return cached;
  const views = computeViews(archive, options);
  byOptions.set(key, views);
  return views;
}

/**
 * Each slice is made when it is first read, then kept: a rebuild that writes only some page kinds
 * (the dev server's after a save, ../write-site.ts) makes only their views, and the views they use.
 */
function computeViews(archive: Archive, options: BuildOptions): SiteViews {
  const ctx = contextFor(archive, options);
  const once = lazily({
    summaries: () => new Map<Group, GroupSummaryView>(archive.groups.map((g) => [g, groupSummary(g, ctx)])),
    quarters: () => quarterViews(ctx),
    people: () => peopleViews(ctx),
    organizations: () => organizationViews(ctx),
    tags: () => tagViews(ctx),
    digests: () => digestFiles(ctx),
  });
  const views: SiteViews = lazily({
    layout: () => layoutView(ctx),
    home: () => homePage(ctx, once.summaries),
    groupsIndex: () => groupsIndex(ctx, once.summaries),
    // Lazy like the reports: after a save the dev server rewrites one group's page, not all of them.
    groups: () => lazyPages(archive.groups, (g) => urls.group(g.slug), (g) => groupPage(g, ctx)),
    reports: () => reportPages(ctx),
    quartersIndex: () => once.quarters.index,
    quarters: () => once.quarters.pages,
    peopleIndex: () => once.people.index,
    people: () => once.people.pages,
    organizationsIndex: () => once.organizations.index,
    organizations: () => once.organizations.pages,
    workProducts: () => workProductsPage(ctx),
    tagsIndex: () => once.tags.index,
    tags: () => once.tags.pages,
    status: () => statusPage(ctx),
    search: () => searchPage(options.pathPrefix),
    notFound: () => ({
      url: urls.notFound,
      permalink: urls.notFound,
      title: "Page not found",
      nav: "none" as const,
      crumbs: [{ label: "Home", href: urls.home }, { label: "Page not found" }],
    }),
    feeds: () => siteFeeds(ctx),
    groupFeeds: () => groupFeeds(ctx),
    dataFiles: () => dataFiles(),
    streamedFiles: () => [{ permalink: urls.reportsJson, chunks: () => reportsJson(ctx) }],
    redirects: () => redirects(ctx),
    digestMarkdown: () => once.digests.markdown,
    digestText: () => once.digests.text,
    calendars: () => siteCalendars(ctx),
    groupCalendars: () => groupCalendars(ctx),
    // The sitemap lists the pages of the page table's kinds that readers arrive at.
    sitemaps: () => sitemapViews(ctx, sitemapUrls(views)),
  });
  return views;
}

/** An object whose every property is made by its function on first read, once. */
function lazily<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const target = {} as T;
  for (const key of Object.keys(makers) as (keyof T)[]) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = makers[key]();
        Object.defineProperty(target, key, { value, enumerable: true, writable: false });
        return value;
      },
    });
  }
  return target;
}

/** /search/: where the Pagefind bundle is and what its result URLs are relative to, under the path prefix. */
function searchPage(pathPrefix: string): SearchPageView {
  return {
    url: urls.search,
    permalink: permalinkFor(urls.search),
    title: "Search",
    description: "Search the reports, groups and presenters.",
    nav: "none",
    crumbs: [{ label: "Home", href: urls.home }, { label: "Search" }],
    bundlePath: withPrefix(pathPrefix, urls.searchBundle),
    baseUrl: pathPrefix,
  };
}
