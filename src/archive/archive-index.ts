// Everything derived from an archive, computed once per archive object: the site's pages are many
// views of the same few indexes, and recomputing them per page would make a build O(pages²).
import type { Archive, Group } from "../model/archive.ts";
import { type OrganizationRecord, organizationIndex } from "./organizations.ts";
import { type PersonRecord, peopleIndex } from "./people.ts";
import { type SessionRef, allSessions } from "./sessions.ts";
import { type TagRecord, tagIndex } from "./tags.ts";
import { type WorkProductHistory, workProductHistories } from "./work-products.ts";

export interface ArchiveCounts {
  groups: number;
  reports: number;
  sessions: number;
  presenters: number;
  organizations: number;
}

export interface ArchiveIndex {
  sessions: SessionRef[];
  people: PersonRecord[];
  peopleBySlug: Map<string, PersonRecord>;
  organizations: OrganizationRecord[];
  organizationsBySlug: Map<string, OrganizationRecord>;
  tags: TagRecord[];
  workProducts: Map<Group, WorkProductHistory[]>;
  groupsBySlug: Map<string, Group>;
  counts: ArchiveCounts;
}

const cache = new WeakMap<Archive, ArchiveIndex>();

export function indexArchive(archive: Archive): ArchiveIndex {
  const cached = cache.get(archive);
  if (cached) return cached;
  const sessions = allSessions(archive);
  const people = peopleIndex(sessions);
  const organizations = organizationIndex(sessions);
  const index: ArchiveIndex = {
    sessions,
    people,
    peopleBySlug: new Map(people.map((p) => [p.slug, p])),
    organizations,
    organizationsBySlug: new Map(organizations.map((o) => [o.slug, o])),
    tags: tagIndex(sessions),
    workProducts: new Map(archive.groups.map((g) => [g, workProductHistories(g)])),
    groupsBySlug: new Map(archive.groups.map((g) => [g.slug, g])),
    counts: {
      groups: archive.groups.length,
      reports: archive.reports.length,
      sessions: sessions.length,
      presenters: people.length,
      organizations: organizations.length,
    },
  };
  cache.set(archive, index);
  return index;
}
