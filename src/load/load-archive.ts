// Loads a whole content folder: collect everything, fail once. Returns the archive of what loaded
// and every diagnostic of every file; it never throws on bad content (only on a missing folder).
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Archive, Group, Report } from "../model/archive.ts";
import type { SiteSettings } from "../model/schema.ts";
import { archiveChecks } from "./checks/index.ts";
import { type Diagnostic, compareDiagnostics } from "./diagnostics.ts";
import { type FileResult, loadContentFile } from "./load-content-file.ts";
import type { LoadedGroup, LoadedReport, LoadTextOptions } from "./load-file.ts";
import { type ContentFile, walkContent } from "./walk.ts";
import type { FieldPositions } from "./yaml-positions.ts";

export interface LoadResult {
  archive: Archive;
  diagnostics: Diagnostic[];
}

/**
 * Parsed files by absolute path, reused while a file's mtime and size are unchanged. The dev server
 * keeps one across rebuilds, so saving one report re-parses that report, not the whole archive.
 */
export type LoadCache = Map<string, { stamp: string; result: FileResult }>;

export interface LoadOptions extends LoadTextOptions {
  /** Reuse parsed files across loads (watch mode). */
  cache?: LoadCache;
  /** How file paths are shown in diagnostics; default: the content folder as given, joined with the file's path. */
  display?: (rel: string) => string;
}

export async function loadArchive(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const display = options.display ?? ((rel: string) => toPosix(path.join(contentDir, rel)));
  const walk = await walkContent(contentDir, display);
  const diagnostics: Diagnostic[] = [...walk.diagnostics];

  const results = await Promise.all(walk.files.map((file) => loadFileCached(file, display, options)));

  let site: SiteSettings | undefined;
  const groups = new Map<string, { file: ContentFile; loaded: LoadedGroup }>();
  const reports: { file: ContentFile; loaded: LoadedReport }[] = [];
  for (const { file, result } of results) {
    diagnostics.push(...result.diagnostics);
    if (result.kind === "site") site = result.value;
    else if (result.kind === "group" && result.value && file.kind === "group") groups.set(file.group, { file, loaded: result.value });
    else if (result.kind === "report" && result.value) reports.push({ file, loaded: result.value });
  }

  const { archive, positions } = assemble(site ?? { title: "Untitled", editBranch: "main", locale: "en", reportDueDays: 30 }, groups, reports);
  for (const check of archiveChecks) {
    diagnostics.push(...check({ archive, files: walk.files, groupFolders: walk.groupFolders, positions, display }));
  }
  diagnostics.sort(compareDiagnostics);
  return { archive, diagnostics };
}

function assemble(
  site: SiteSettings,
  loadedGroups: Map<string, { file: ContentFile; loaded: LoadedGroup }>,
  loadedReports: { file: ContentFile; loaded: LoadedReport }[],
): { archive: Archive; positions: Map<Report, FieldPositions> } {
  const groups: Group[] = [...loadedGroups.entries()].map(([slug, { file, loaded }]) => ({
    slug,
    sourcePath: file.rel,
    data: loaded.data,
    name: loaded.data.name,
    description: loaded.description,
    reports: [],
  }));
  const bySlug = new Map(groups.map((g) => [g.slug, g]));
  const positions = new Map<Report, FieldPositions>();
  const seen = new Set<string>();
  const reports: Report[] = [];
  for (const { loaded } of loadedReports) {
    const { draft } = loaded;
    const group = bySlug.get(draft.group);
    const key = `${draft.group}/${draft.quarter.id}`;
    // Without its group a report has no title or authors; a duplicate quarter is reported by a check.
    if (!group || seen.has(key)) continue;
    seen.add(key);
    const report: Report = {
      ...draft,
      title: draft.data.title ?? `${group.name} update, ${draft.quarter.label}`,
      authors: draft.data.authors ?? group.data.chairs ?? [],
    };
    positions.set(report, loaded.positions);
    group.reports.push(report);
    reports.push(report);
  }
  for (const group of groups) group.reports.sort((a, b) => a.quarter.compare(b.quarter));
  groups.sort((a, b) => a.name.localeCompare(b.name));
  reports.sort((a, b) => a.group.localeCompare(b.group) || a.quarter.compare(b.quarter));
  return { archive: { site, groups, reports }, positions };
}

async function loadFileCached(
  file: ContentFile,
  display: (rel: string) => string,
  options: LoadOptions,
): Promise<{ file: ContentFile; result: FileResult }> {
  const { cache } = options;
  let stamp: string | undefined;
  if (cache) {
    const info = await stat(file.abs).catch(() => undefined);
    stamp = info ? `${info.mtimeMs}:${info.size}:${file.rel}` : undefined;
    const hit = cache.get(file.abs);
    if (hit && stamp !== undefined && hit.stamp === stamp) return { file, result: hit.result };
  }
  const result = await loadContentFile(file, display(file.rel), options);
  if (cache && stamp !== undefined) cache.set(file.abs, { stamp, result });
  return { file, result };
}

const toPosix = (p: string) => p.split(path.sep).join("/");
