// Atom feeds (the site's and one per group) and the sitemap. Both need absolute URLs, so they come
// from site.url (plus the path prefix, unless site.url already ends with it). Without site.url
// there are none: a feed of relative links is not a valid Atom feed, so the build warns instead.
// Each entry carries what changed since the group's previous report, as the report page does, so a
// feed reader sees the difference without opening the page.
import { reportChanges } from "../../archive/changes.ts";
import type { Report } from "../../model/archive.ts";
import type { CalendarDate } from "../../model/calendar-date.ts";
import { resolveAssetLinks } from "../../archive/group-assets.ts";
import { absoluteLinks } from "../absolute-links.ts";
import { absoluteUrl, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { type LazyPages, lazyPages } from "./lazy-pages.ts";
import { type ChangesView, changesView } from "./report.ts";
import { summaryHtml } from "./shared.ts";

export interface FeedEntryView {
  id: string;
  title: string;
  link: string;
  updated: string;
  summaryHtml?: string | undefined;
  /** The report page's "Since …" list; absent on a group's first report. */
  changes?: ChangesView | undefined;
  authors: string[];
  category: string;
}

export interface FeedView {
  permalink: string;
  id: string;
  title: string;
  subtitle?: string | undefined;
  self: string;
  alternate: string;
  updated: string;
  author: string;
  entries: FeedEntryView[];
}

export interface SitemapView {
  permalink: string;
  urls: string[];
}

/**
 * A feed is what is new: readers poll it, and each poll fetches all of it. The newest 50 reports
 * is more than a year of a 10-group site, and a group files four a year; the archive has the rest.
 */
export const FEED_ENTRIES = 50;

const instant = (day: CalendarDate) => `${day}T00:00:00Z`;

/** When a report appeared: its submitted day, else the last day of its quarter. */
function reportDay(report: Report): CalendarDate {
  return report.data.submitted ?? report.quarter.lastDay;
}

function newestFirst(reports: readonly Report[]): Report[] {
  // ISO days and group slugs (ASCII) sort by code unit, as localeCompare would, without its cost.
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...reports].sort((a, b) => order(reportDay(b), reportDay(a)) || b.quarter.compare(a.quarter) || order(a.group, b.group));
}

/** The site's feed of every group's reports: none without site.url. */
export function siteFeeds(ctx: ViewContext): FeedView[] {
  const { site } = ctx.archive;
  return site.url ? [feedOf(ctx, urls.feed, urls.home, site.title, site.description, ctx.archive.reports)] : [];
}

/** Each group's feed, made as it is written: after a save the dev server writes the saved report's group's alone. */
export function groupFeeds(ctx: ViewContext): LazyPages<FeedView> {
  const { site, groups } = ctx.archive;
  return lazyPages(site.url ? groups : [], (g) => urls.groupFeed(g.slug), (g) => feedOf(ctx, urls.groupFeed(g.slug), urls.group(g.slug), `${g.name} · ${site.title}`, undefined, g.reports));
}

function feedOf(ctx: ViewContext, url: string, alternate: string, title: string, subtitle: string | undefined, reports: readonly Report[]): FeedView {
  const { site } = ctx.archive;
  const abs = (address: string) => absoluteUrl(site.url!, ctx.pathPrefix, address);
  const sorted = newestFirst(reports).slice(0, FEED_ENTRIES);
  const entries = sorted.map((r): FeedEntryView => ({
    id: abs(urls.report(r)),
    title: r.title,
    link: abs(urls.report(r)),
    updated: instant(reportDay(r)),
    // Relative links in a summary are written from the report file; absolute ones work in any reader.
    summaryHtml: r.summary === undefined ? undefined : absoluteLinks(resolveAssetLinks(summaryHtml(r), r.group), abs("/"), abs(urls.report(r))),
    changes: changesView(reportChanges(ctx.group(r.group), r.quarter)),
    authors: r.authors.map((a) => a.name),
    category: ctx.group(r.group).name,
  }));
  return {
    permalink: url,
    id: abs(url),
    title,
    subtitle,
    self: abs(url),
    alternate: abs(alternate),
    updated: entries[0]?.updated ?? instant(ctx.today),
    author: site.title,
    entries,
  };
}

export function sitemapViews(ctx: ViewContext, pageUrls: readonly string[]): SitemapView[] {
  const { site } = ctx.archive;
  if (!site.url) return [];
  return [{ permalink: urls.sitemap, urls: pageUrls.map((u) => absoluteUrl(site.url!, ctx.pathPrefix, u)) }];
}
