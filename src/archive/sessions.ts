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
}

export interface Appearance extends SessionRef {
  presenter: Person;
}

export function sessionAnchor(index: number): string {
  return `session-${index + 1}`;
}

/** Every session of the archive, newest first: the order of every list of sessions on the site. */
export function allSessions(archive: Pick<Archive, "reports">): SessionRef[] {
  return archive.reports.flatMap((report) => (report.data.agenda ?? []).map((session, index) => ({ report, session, index }))).sort(compareNewestFirst);
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


/**
 * Distinct sessions of appearances (two presenters of one org share a session). Appearances come
 * in allSessions() order, so one session's are side by side.
 */
export function distinctSessions(appearances: readonly Appearance[]): SessionRef[] {
  return appearances.filter((a, i) => i === 0 || appearances[i - 1]!.session !== a.session);
}

export function allAppearances(sessions: readonly SessionRef[]): Appearance[] {
  return sessions.flatMap((ref) => (ref.session.presenters ?? []).map((presenter) => ({ ...ref, presenter })));
}

/**
 * Appearances grouped by a slug of one of their texts (a name, an org), in the order given: made
 * from allSessions(), each group is newest first.
 */
export function appearancesBy(appearances: readonly Appearance[], text: (a: Appearance) => string | undefined): [string, Appearance[]][] {
  const bySlug = new Map<string, Appearance[]>();
  for (const a of appearances) {
    const value = text(a);
    if (value === undefined) continue;
    const slug = slugOf(value);
    const list = bySlug.get(slug);
    if (list) list.push(a);
    else bySlug.set(slug, [a]);
  }
  return [...bySlug.entries()];
}
