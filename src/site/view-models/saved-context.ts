// The dev server's shortcut to a saved report's page (../write-site.ts writeFirstPages, from
// ../plugin.ts): the view context of the archive it last wrote, with the saved reports in place,
// made without indexing the whole new archive.
import { type ArchiveIndex, indexArchive } from "../../archive/archive-index.ts";
import { slugOf } from "../../archive/slug.ts";
import { workProductHistories } from "../../archive/work-products.ts";
import type { Archive, Report } from "../../model/archive.ts";
import type { Person } from "../../model/schema.ts";
import { type BuildOptions, type ViewContext, contextWith } from "./context.ts";

/**
 * The context of `previous` with `saved` in place of its reports of the same files, without
 * indexing the new archive (indexArchive is O(N), ~2 s at 10,000 reports): what a report page
 * reads of the index (whether a person or an organisation has a page, the group's work-product
 * histories) is worked out from the previous index and the saved reports; anything else is the
 * new archive's whole index, so nothing read is ever stale. Every saved report must be a report
 * of `previous` (an edit, not a new file).
 */
export function savedContext(previous: Archive, saved: readonly Report[], options: BuildOptions): ViewContext | undefined {
  const bySource = new Map(saved.map((r) => [r.sourcePath, r]));
  if (bySource.size !== saved.length || saved.some((r) => !previous.reports.some((p) => p.sourcePath === r.sourcePath && p.group === r.group))) return undefined;
  const swap = (r: Report) => bySource.get(r.sourcePath) ?? r;
  const touchedGroups = new Set(saved.map((r) => r.group));
  const groups = previous.groups.map((g) => (touchedGroups.has(g.slug) ? { ...g, reports: g.reports.map(swap) } : g));
  const archive: Archive = { ...previous, groups, reports: previous.reports.map(swap) };
  const before = indexArchive(previous);
  let whole: ArchiveIndex | undefined;
  const full = () => (whole ??= indexArchive(archive));
  const presents = (slug: string, text: (p: Person) => string | undefined) =>
    saved.some((r) => (r.data.agenda ?? []).some((s) => (s.presenters ?? []).some((p) => text(p) !== undefined && slugOf(text(p)!) === slug)));
  const elsewhere = (record: { sessions: readonly { report: Report }[] } | undefined) => record?.sessions.some((s) => !bySource.has(s.report.sourcePath)) ?? false;
  // A Map whose `has` is worked out as above; any other use of it is the new archive's whole index.
  const membership = <K extends "peopleBySlug" | "organizationsBySlug">(key: K, has: (slug: string) => boolean): ArchiveIndex[K] =>
    new Proxy(new Map(), {
      get: (_, name) => {
        if (name === "has") return has;
        const real = full()[key];
        const value = Reflect.get(real, name);
        return typeof value === "function" ? value.bind(real) : value;
      },
    }) as ArchiveIndex[K];
  const groupsBySlug = new Map(groups.map((g) => [g.slug, g]));
  // Untouched groups are the previous archive's own objects, whose histories are indexed already.
  const workProducts = new Map(groups.map((g) => [g, touchedGroups.has(g.slug) ? workProductHistories(g) : before.workProducts.get(g)!]));
  const known: Partial<ArchiveIndex> = {
    peopleBySlug: membership("peopleBySlug", (slug) => presents(slug, (p) => p.name) || elsewhere(before.peopleBySlug.get(slug))),
    organizationsBySlug: membership("organizationsBySlug", (slug) => presents(slug, (p) => p.org) || elsewhere(before.organizationsBySlug.get(slug))),
    groupsBySlug,
    workProducts,
  };
  const index = new Proxy(known as ArchiveIndex, { get: (target, key, receiver) => (key in target ? Reflect.get(target, key, receiver) : Reflect.get(full(), key)) });
  return contextWith(archive, index, options);
}
