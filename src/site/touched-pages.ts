// In the dev server, saving a report re-renders only the archive's pages that show it: its group's
// pages (the group, every report, whose pagers and "since" lists follow one another), its quarter,
// and the pages of the people, organisations and tags of its sessions, as they were before the save
// and as they are after it (a presenter taken out must lose the session). The page kinds that are
// not one page per item (home, indexes, status, feeds; see ../site/page-table.ts) are always
// rewritten. Anything else that changed (site.yaml, a group's index.md) rebuilds every page, as
// `sigreport build` always does.
import path from "node:path";
import { slugOf } from "../archive/slug.ts";
import type { Archive } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import { reportAt } from "../load/walk.ts";
import { urls } from "./urls.ts";

/** A page's owner, from its address: `/people/ada/page/2/` and `/people/ada/` are both Ada's. */
export function pageKey(address: string): string {
  const [first = "", second = ""] = address.split("/").filter(Boolean);
  return second === "" || second.endsWith(".html") ? `/${first}/` : `/${first}/${second}/`;
}

/**
 * The owners (see pageKey) of every archive page that shows one of the saved files, or undefined
 * when every page must be made again: a saved file is not a report, or is its group's only one.
 */
export function touchedPages(before: Archive, after: Archive, contentDir: string, saved: readonly string[]): Set<string> | undefined {
  const keys = new Set<string>();
  for (const file of saved) {
    const rel = path.relative(path.resolve(contentDir), path.resolve(file)).split(path.sep).join("/");
    const place = reportAt(rel);
    if (!place) return undefined;
    keys.add(urls.group(place.group));
    keys.add(urls.quarter(place.quarter));
    // A group's first report starts the quarters it owes one for: a report filed before it (or the
    // first one deleted) changes the group's status in each quarter between the two, and a group's
    // first report ever (or its last one deleted) in every quarter since, so every page is made.
    const [was, now] = [before, after].map((a) => a.groups.find((g) => g.slug === place.group)?.reports[0]?.quarter);
    if (!was || !now) return undefined;
    if (!was.equals(now)) {
      const [from, to] = was.compare(now) < 0 ? [was, now] : [now, was];
      for (const q of from.until(to)) keys.add(urls.quarter(q));
    }
    for (const archive of [before, after]) {
      const found = archive.reports.find((r) => r.sourcePath === rel);
      for (const session of found?.data.agenda ?? []) {
        for (const presenter of session.presenters ?? []) {
          keys.add(urls.person(slugOf(presenter.name)));
          if (presenter.org !== undefined) keys.add(urls.organization(slugOf(presenter.org)));
        }
        for (const tag of session.tags ?? []) keys.add(urls.tag(tag));
      }
    }
  }
  return keys;
}

/** The site as a rebuild left it: the archive it was written from, and the day it was written for. */
export interface WrittenSite {
  archive: Archive;
  today: CalendarDate;
}

/**
 * What a rebuild after a save must write: the owners of the pages the saved files touched, or
 * undefined for every page. Every page, too, when the site on disk was written for another day (a
 * dev server left running overnight): any group's report may have fallen due since.
 */
export function pagesToRewrite(last: WrittenSite, now: Archive, today: CalendarDate, contentDir: string, saved: readonly string[]): Set<string> | undefined {
  return saved.length > 0 && last.today === today ? touchedPages(last.archive, now, contentDir, saved) : undefined;
}

/** The addresses of the saved files' own report pages, which the dev server writes before any other. */
export function savedReportPages(contentDir: string, saved: readonly string[]): Set<string> {
  const pages = new Set<string>();
  for (const file of saved) {
    const place = reportAt(path.relative(path.resolve(contentDir), path.resolve(file)).split(path.sep).join("/"));
    if (place) pages.add(urls.reportIn(place.group, place.quarter));
  }
  return pages;
}
