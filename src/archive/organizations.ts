// Which organisations presented, through whom, where. Keyed by a slug of the `org` text a report
// gives a presenter, so "IBM Services" in two reports is one page.
import { type SessionRef, countInto, mostFrequent, sessionsByPresenter } from "./sessions.ts";
import { slugOf } from "./slug.ts";

export interface OrganizationRecord {
  slug: string;
  name: string;
  /** Slugs of the people who presented for it, most frequent first. */
  people: string[];
  groups: string[];
  /** Distinct sessions, newest first. */
  sessions: SessionRef[];
}

export function organizationIndex(sessions: readonly SessionRef[]): OrganizationRecord[] {
  const tally = () => ({ names: new Map<string, number>(), people: new Map<string, number>() });
  return sessionsByPresenter(sessions, (p) => p.org, tally, (t, presenter) => {
    countInto(t.names, presenter.org);
    countInto(t.people, slugOf(presenter.name));
  })
    .map(({ slug, sessions, groups, tally: t }) => ({
      slug,
      name: mostFrequent(t.names)[0]!,
      people: mostFrequent(t.people),
      groups,
      sessions,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}
