// What Eleventy hands every template: the global view models, plus the page's pagination alias.
import type { SiteViews } from "../../src/site/view-models/site-views.ts";

export interface SiteData {
  views: SiteViews;
}

export type PageData<K extends string, T> = SiteData & { [key in K]: T };
