// A person's, organisation's or tag's sessions, a page at a time. A busy organisation presents
// hundreds of times a year; one page of all of it would be megabytes on a phone. The first page
// keeps the plain address (/people/<slug>/); the rest follow at <address>page/<n>/.
import type { SessionRef } from "../../archive/sessions.ts";
import { plural } from "../format.ts";
import { href } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { listedSessionView } from "./shared.ts";
import type { LinkView, ListedSessionView } from "./types.ts";

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
export interface SessionSlice<T> {
  owner: T;
  refs: readonly SessionRef[];
  number: number;
  count: number;
}

export function sessionsPageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/** Each owner's pages: at least one, even without sessions. */
export function sliceSessions<T>(owners: readonly T[], refsOf: (owner: T) => readonly SessionRef[]): SessionSlice<T>[] {
  return owners.flatMap((owner) => {
    const refs = refsOf(owner);
    const count = Math.max(1, Math.ceil(refs.length / SESSIONS_PER_PAGE));
    return Array.from({ length: count }, (_, i) => ({ owner, refs, number: i + 1, count }));
  });
}

export function sessionsPage(slice: SessionSlice<unknown>, base: string, ctx: ViewContext): SessionsPageView {
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
