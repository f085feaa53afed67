// A person's, organisation's or tag's sessions, a page at a time. A busy organisation presents
// hundreds of times a year; one page of all of it would be megabytes on a phone. The first page
// keeps the plain address (/people/<slug>/); the rest follow at <address>page/<n>/.
import type { SessionRef } from "../../archive/sessions.ts";
import { plural } from "../format.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { type LazyPages, lazyPages } from "./lazy-pages.ts";
import { listedSessionView } from "./shared.ts";
import type { Crumb, LinkView, ListedSessionView } from "./types.ts";

export const SESSIONS_PER_PAGE = 100;

export interface SessionsPageView {
  sessions: ListedSessionView[];
  /** 1-based. */
  number: number;
  count: number;
  /** "Sessions 101–200 of 1,234", when there is more than one page. */
  range?: string | undefined;
  newer?: LinkView | undefined;
  older?: LinkView | undefined;
}

/** One page of one owner's sessions; `refs` are the whole list, newest first. */
interface SessionSlice<T> {
  owner: T;
  refs: readonly SessionRef[];
  number: number;
  count: number;
}

/** What every page of an owner's sessions has, whoever the owner: its address, crumbs and sessions. */
export interface OwnerSessionsPage<T> {
  owner: T;
  url: string;
  permalink: string;
  crumbs: Crumb[];
  sessions: SessionsPageView;
  /** All of the owner's sessions, on every page. */
  total: number;
}

export function sessionsPageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/**
 * Every page of each owner's sessions (at least one, even without sessions), made only as each is
 * written. Page 1 is the owner's page, under `section` in the crumbs; later pages are numbered beneath it.
 */
export function ownerSessionPages<T, V>(
  owners: readonly T[],
  owner: { sessions(owner: T): readonly SessionRef[]; url(owner: T): string; name(owner: T): string; section: Crumb },
  ctx: ViewContext,
  make: (page: OwnerSessionsPage<T>) => V,
): LazyPages<V> {
  const slices = owners.flatMap((o): SessionSlice<T>[] => {
    const refs = owner.sessions(o);
    const count = Math.max(1, Math.ceil(refs.length / SESSIONS_PER_PAGE));
    return Array.from({ length: count }, (_, i) => ({ owner: o, refs, number: i + 1, count }));
  });
  return lazyPages(slices, (slice) => sessionsPageUrl(owner.url(slice.owner), slice.number), (slice) => {
    const base = owner.url(slice.owner);
    const url = sessionsPageUrl(base, slice.number);
    const name = owner.name(slice.owner);
    return make({
      owner: slice.owner,
      url,
      permalink: url + "index.html",
      crumbs: [
        { label: "Home", href: urls.home },
        owner.section,
        ...(slice.number === 1 ? [{ label: name }] : [{ label: name, href: base }, { label: `Page ${slice.number}` }]),
      ],
      sessions: sessionsPage(slice, base, ctx),
      total: slice.refs.length,
    });
  });
}

function sessionsPage(slice: SessionSlice<unknown>, base: string, ctx: ViewContext): SessionsPageView {
  const { refs, number, count } = slice;
  const from = (number - 1) * SESSIONS_PER_PAGE;
  const to = Math.min(from + SESSIONS_PER_PAGE, refs.length);
  const link = (n: number, label: string) => ({ label, href: href(sessionsPageUrl(base, n)) });
  return {
    sessions: refs.slice(from, to).map((ref) => listedSessionView(ref, ctx)),
    number,
    count,
    range: count > 1 ? `${plural(refs.length, "session")}; this page lists ${from + 1}–${to}, newest first.` : undefined,
    newer: number > 1 ? link(number - 1, `Page ${number - 1} of ${count}`) : undefined,
    older: number < count ? link(number + 1, `Page ${number + 1} of ${count}`) : undefined,
  };
}
