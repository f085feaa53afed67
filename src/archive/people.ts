// Who presented what, when, in which group. People are keyed by a slug of their name: reports
// have no person ids, and the same name in two groups is, far more often than not, one person.
import { type Appearance, type SessionRef, appearancesBy, distinctSessions } from "./sessions.ts";

export interface PersonRecord {
  slug: string;
  /** The spelling used most often (ties: the most recent). */
  name: string;
  /** The person's own link, if any report gave one. */
  url: string | undefined;
  /** Organisations named with this person, most frequent first. */
  orgs: string[];
  /** Roles named with this person, most frequent first. */
  roles: string[];
  /** Group slugs, in order of first appearance (newest first). */
  groups: string[];
  /** Newest first. */
  appearances: Appearance[];
  /** Distinct sessions, newest first. */
  sessions: SessionRef[];
}

export function peopleIndex(appearances: readonly Appearance[]): PersonRecord[] {
  return appearancesBy(appearances, (a) => a.presenter.name)
    .map(([slug, sorted]) => {
      return {
        slug,
        name: mostFrequent(sorted.map((a) => a.presenter.name))[0]!,
        url: sorted.find((a) => a.presenter.url)?.presenter.url,
        orgs: mostFrequent(sorted.map((a) => a.presenter.org)),
        roles: mostFrequent(sorted.map((a) => a.presenter.role)),
        groups: [...new Set(sorted.map((a) => a.report.group))],
        appearances: sorted,
        sessions: distinctSessions(sorted),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}

/** Distinct values, most frequent first; ties keep first-seen order (the input is newest first). */
export function mostFrequent(values: readonly (string | undefined)[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
