// Every agenda item of every report, with where it came from. People, organisations and tags are
// all views of this one flat list, so it is built once per archive.
import type { Archive, Report } from "../model/archive.ts";
import type { Person, Session } from "../model/schema.ts";
import { slugOf } from "./slug.ts";

export interface SessionRef {
  report: Report;
  session: Session;
  /** Position in the report's agenda (0-based); the report page anchors it as `session-<index+1>`. */
  index: number;
  /**
   * Position in allSessions() of its archive: a dense key for what is made once per session (a
   * session is listed on every presenter's, organisation's and tag's page, 460,000 times at 10,000
   * reports, and a hash lookup by the session object cost a cache miss or three each time).
   */
  order: number;
}

export function sessionAnchor(index: number): string {
  return `session-${index + 1}`;
}

/** Every session of the archive, newest first: the order of every list of sessions on the site. */
export function allSessions(archive: Pick<Archive, "reports">): SessionRef[] {
  const sessions = archive.reports.flatMap((report) => (report.data.agenda ?? []).map((session, index) => ({ report, session, index, order: 0 }))).sort(compareNewestFirst);
  sessions.forEach((ref, order) => (ref.order = order));
  return sessions;
}

/**
 * Newest first: by date, then by report (group) and position so the order is stable. Group slugs
 * are lower-case ASCII letters, digits and hyphens, on which code-unit order is the same as
 * localeCompare's and much faster; allSessions() sorts every session of the archive with it.
 */
export function compareNewestFirst(a: SessionRef, b: SessionRef): number {
  return (
    (a.session.date < b.session.date ? 1 : a.session.date > b.session.date ? -1 : 0) ||
    (a.report.group < b.report.group ? -1 : a.report.group > b.report.group ? 1 : 0) ||
    a.index - b.index
  );
}

/** The sessions whose presenters share a slug of one of their texts (a name, an org), and what was tallied of those presenters. */
export interface PresenterGroup<T> {
  slug: string;
  /** Distinct sessions, newest first (two presenters of one org share a session). */
  sessions: SessionRef[];
  /** Group slugs, in order of first appearance (newest first). */
  groups: string[];
  tally: T;
}

/**
 * Sessions grouped by a slug of one of their presenters' texts, in the order given (made from
 * allSessions(), each group is newest first), with `add` told of each presenter into its group's
 * tally. One pass, and no object per appearance: at 10,000 reports the 160,000 presenters lie
 * across the whole heap, and each pass over them cost ~0.1 s in cache misses.
 */
export function sessionsByPresenter<T>(
  sessions: readonly SessionRef[],
  text: (presenter: Person) => string | undefined,
  tally: () => T,
  add: (tally: T, presenter: Person) => void,
): PresenterGroup<T>[] {
  const bySlug = new Map<string, PresenterGroup<T>>();
  const groupsSeen = new Map<PresenterGroup<T>, Set<string>>();
  for (const ref of sessions) {
    for (const presenter of ref.session.presenters ?? []) {
      const value = text(presenter);
      if (value === undefined) continue;
      const slug = slugOf(value);
      let group = bySlug.get(slug);
      if (!group) {
        bySlug.set(slug, (group = { slug, sessions: [], groups: [], tally: tally() }));
        groupsSeen.set(group, new Set());
      }
      if (group.sessions.at(-1) !== ref) group.sessions.push(ref);
      const seen = groupsSeen.get(group)!;
      if (!seen.has(ref.report.group)) {
        seen.add(ref.report.group);
        group.groups.push(ref.report.group);
      }
      add(group.tally, presenter);
    }
  }
  return [...bySlug.values()];
}

/** Counts a value (none for undefined) into `counts`, whose first-seen order mostFrequent keeps for ties. */
export function countInto(counts: Map<string, number>, value: string | undefined): void {
  if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** Distinct values, most frequent first; ties keep first-seen order (the input is newest first). */
export function mostFrequent(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
