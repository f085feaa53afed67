// What Eleventy hands every template: the global view models, plus the page's pagination alias.
import type { SiteViews } from "../../src/site/view-models/site-views.ts";

export interface SiteData {
  views: SiteViews;
}

export type PageData<K extends string, T> = SiteData & { [key in K]: T };

/**
 * Pages of which the archive has one per report, group, quarter, person…: rendered straight from
 * their view models and written as they are made, outside Eleventy's per-page pipeline (see
 * src/site/write-pages.ts). Each view carries its own permalink.
 */
export interface PageFamily<T extends { permalink: string }> {
  pages(views: SiteViews): Iterable<T>;
  render(views: SiteViews, page: T): string;
}
