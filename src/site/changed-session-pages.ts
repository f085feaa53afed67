// After a save, which pages of a touched person's, organisation's or tag's sessions really changed.
// Their sessions are listed a hundred a page (./view-models/session-pages.ts), so a busy
// organisation or tag has hundreds of pages: at 10,000 reports one save touched 1,957 of them.
// Editing a report changes only the pages that list its sessions, unless the owner's list shifts
// (a session added, removed or moved by its date) or what heads every page changes (a name, a
// count, the groups): then every page of the owner is made again.
import type { ArchiveIndex } from "../archive/archive-index.ts";
import type { SessionRef } from "../archive/sessions.ts";
import { urls } from "./urls.ts";
import type { LazyPages } from "./view-models/lazy-pages.ts";
import { SESSIONS_PER_PAGE, type SessionsPageView, sessionsPageUrl } from "./view-models/session-pages.ts";
import type { SiteViews } from "./view-models/site-views.ts";

/** A site as the dev server holds it: the archive's index, and the views made from it. */
export interface IndexedSite {
  index: ArchiveIndex;
  views: SiteViews;
}

interface SessionOwners {
  /** Each owner's address (its first page) and its sessions, newest first. */
  owners(index: ArchiveIndex): Iterable<readonly [string, readonly SessionRef[]]>;
  pages(views: SiteViews): LazyPages<{ url: string; sessions: SessionsPageView }>;
}

const FAMILIES: readonly SessionOwners[] = [
  { owners: (i) => i.people.map((p) => [urls.person(p.slug), p.sessions] as const), pages: (v) => v.people },
  { owners: (i) => i.organizations.map((o) => [urls.organization(o.slug), o.sessions] as const), pages: (v) => v.organizations },
  { owners: (i) => i.tags.map((t) => [urls.tag(t.tag), t.sessions] as const), pages: (v) => v.tags },
];

/**
 * Of the `touched` owners (touched-pages.ts pageKey) that list sessions, those whose pages did not
 * all change, each with the addresses of the pages that did (maybe none). An owner left out of
 * the answer has all its pages made again.
 */
export function changedSessionPages(before: IndexedSite, after: IndexedSite, touched: ReadonlySet<string>): Map<string, Set<string>> {
  const changed = new Map<string, Set<string>>();
  for (const family of FAMILIES) {
    const was = new Map(family.owners(before.index));
    for (const [owner, now] of family.owners(after.index)) {
      const then = was.get(owner);
      if (!touched.has(owner) || then === undefined || then.length !== now.length) continue;
      if (!sameHeading(family.pages(before.views), family.pages(after.views), owner)) continue;
      const pages = new Set<string>();
      now.forEach((ref, i) => {
        if (!sameListing(ref, then[i]!)) pages.add(sessionsPageUrl(owner, Math.floor(i / SESSIONS_PER_PAGE) + 1));
      });
      changed.set(owner, pages);
    }
  }
  return changed;
}

/** Whether the owner's first page says the same before and after, its list of sessions aside. */
function sameHeading(before: LazyPages<{ sessions: SessionsPageView }>, after: LazyPages<{ sessions: SessionsPageView }>, owner: string): boolean {
  const heading = (pages: LazyPages<{ sessions: SessionsPageView }>) => {
    for (const page of pages.only((url) => url === owner)) return JSON.stringify({ ...page, sessions: { ...page.sessions, sessions: [] } });
    return undefined;
  };
  const was = heading(before);
  return was !== undefined && was === heading(after);
}

/**
 * Whether a listed session shows the same before and after: the same session of the same report
 * file, saying the same (a listing shows only the session and where its report is; a group's name
 * can change only with its index.md, which rebuilds every page). An unchanged file's sessions are
 * the very objects the last load made (the load's cache), and a session object is in one report
 * (validation copies each), so identity settles most at once: a busy tag lists tens of thousands.
 */
function sameListing(now: SessionRef, then: SessionRef): boolean {
  return (
    now.index === then.index &&
    (now.session === then.session || (now.report.sourcePath === then.report.sourcePath && JSON.stringify(now.session) === JSON.stringify(then.session)))
  );
}
