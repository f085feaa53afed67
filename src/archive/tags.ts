// Session tags: the archive's subject index ("who talked about procurement?").
import type { SessionRef } from "./sessions.ts";

export interface TagRecord {
  tag: string;
  /** Newest first. */
  sessions: SessionRef[];
  groups: string[];
}

/** `sessions` newest first, as allSessions() gives them; each tag's list keeps that order. */
export function tagIndex(sessions: readonly SessionRef[]): TagRecord[] {
  const byTag = new Map<string, SessionRef[]>();
  for (const ref of sessions) {
    for (const tag of new Set(ref.session.tags ?? [])) {
      const list = byTag.get(tag);
      if (list) list.push(ref);
      else byTag.set(tag, [ref]);
    }
  }
  return [...byTag.entries()]
    .map(([tag, list]) => {
      return { tag, sessions: list, groups: [...new Set(list.map((s) => s.report.group))] };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
