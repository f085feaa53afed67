// Which organisations presented, through whom, where. Keyed by a slug of the `org` text a report
// gives a presenter, so "IBM Services" in two reports is one page.
import { mostFrequent } from "./people.ts";
import { type Appearance, type SessionRef, appearancesBy, distinctSessions } from "./sessions.ts";
import { slugOf } from "./slug.ts";

export interface OrganizationRecord {
  slug: string;
  name: string;
  /** Slugs of the people who presented for it, most frequent first. */
  people: string[];
  groups: string[];
  /** Newest first; a session with two presenters of the organisation appears once per presenter. */
  appearances: Appearance[];
  /** Distinct sessions, newest first. */
  sessions: SessionRef[];
}

export function organizationIndex(appearances: readonly Appearance[]): OrganizationRecord[] {
  return appearancesBy(appearances, (a) => a.presenter.org)
    .map(([slug, sorted]) => {
      return {
        slug,
        name: mostFrequent(sorted.map((a) => a.presenter.org))[0]!,
        people: mostFrequent(sorted.map((a) => slugOf(a.presenter.name))),
        groups: [...new Set(sorted.map((a) => a.report.group))],
        appearances: sorted,
        sessions: distinctSessions(sorted),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}
