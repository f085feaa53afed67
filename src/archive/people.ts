// Who presented what, when, in which group. People are keyed by a slug of their name: reports
// have no person ids, and the same name in two groups is, far more often than not, one person.
import { type SessionRef, countInto, mostFrequent, sessionsByPresenter } from "./sessions.ts";

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
  /** Distinct sessions, newest first. */
  sessions: SessionRef[];
}

export function peopleIndex(sessions: readonly SessionRef[]): PersonRecord[] {
  const tally = () => ({ names: new Map<string, number>(), url: undefined as string | undefined, orgs: new Map<string, number>(), roles: new Map<string, number>() });
  return sessionsByPresenter(sessions, (p) => p.name, tally, (t, presenter) => {
    countInto(t.names, presenter.name);
    if (t.url === undefined && presenter.url) t.url = presenter.url;
    countInto(t.orgs, presenter.org);
    countInto(t.roles, presenter.role);
  })
    .map(({ slug, sessions, groups, tally: t }) => ({
      slug,
      name: mostFrequent(t.names)[0]!,
      url: t.url,
      orgs: mostFrequent(t.orgs),
      roles: mostFrequent(t.roles),
      groups,
      sessions,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}
