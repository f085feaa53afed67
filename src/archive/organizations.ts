// Which organisations presented, through whom, where. Keyed by a slug of the `org` text a report
// gives a presenter, so "IBM Services" in two reports is one page.
import { mostFrequent } from "./people.ts";
import type { Appearance } from "./sessions.ts";
import { compareNewestFirst } from "./sessions.ts";
import { slugOf } from "./slug.ts";

export interface OrganizationRecord {
  slug: string;
  name: string;
  /** Slugs of the people who presented for it, most frequent first. */
  people: string[];
  groups: string[];
  /** Newest first; a session with two presenters of the organisation appears once per presenter. */
  appearances: Appearance[];
  /** Distinct sessions. */
  sessionCount: number;
}

export function organizationIndex(appearances: readonly Appearance[]): OrganizationRecord[] {
  const bySlug = new Map<string, Appearance[]>();
  for (const a of appearances) {
    if (a.presenter.org === undefined) continue;
    const slug = slugOf(a.presenter.org);
    const list = bySlug.get(slug);
    if (list) list.push(a);
    else bySlug.set(slug, [a]);
  }
  return [...bySlug.entries()]
    .map(([slug, list]) => {
      const sorted = [...list].sort(compareNewestFirst);
      return {
        slug,
        name: mostFrequent(sorted.map((a) => a.presenter.org))[0]!,
        people: mostFrequent(sorted.map((a) => slugOf(a.presenter.name))),
        groups: [...new Set(sorted.map((a) => a.report.group))],
        appearances: sorted,
        sessionCount: new Set(sorted.map((a) => `${a.report.sourcePath}#${a.index}`)).size,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}
