// Loads a whole content folder: collect everything, fail once. Returns the archive of what loaded
// and every diagnostic of every file; it never throws on bad content (only on a missing folder).
import { lstat, stat } from "node:fs/promises";
import path from "node:path";
import type { Archive, Group, QuarterIntro, Report, Review } from "../model/archive.ts";
import type { Cadence, SiteSettings } from "../model/schema.ts";
import { resolveAssetLinks, withAssetLinks } from "../archive/group-assets.ts";
import { archiveChecks } from "./checks/index.ts";
import { type Diagnostic, compareDiagnostics, hasErrors } from "./diagnostics.ts";
import { type FileResult, loadContentFile } from "./load-content-file.ts";
import type { LoadedGroup, LoadedReport, LoadTextOptions } from "./load-file.ts";
import { LoadPool, MIN_REPORTS_FOR_WORKERS, type ReportFile, workersFor } from "./parallel.ts";
import { type ContentFile, type Walk, walkContent } from "./walk.ts";
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
  /**
   * Worker threads that load reports beside the main thread. Default: one per spare core
   * (./parallel.ts LOAD_WORKERS) when enough reports need parsing to pay for starting them, else
   * none. A number forces that many whenever any report needs parsing; 0 loads in this thread.
   */
  workers?: number;
  /** With workers, leave every report to them while they run (tests: small folders then exercise the workers' path). */
  workersOnly?: boolean;
  /**
   * Watch mode: the files saved since the previous load with the same `watch` (any path; those
   * outside the content folder are ignored). When each one inside it is a plain file the previous
   * walk listed, the folder's listing cannot have changed, so that walk is kept and only these files
   * are looked at again; else the folder is walked afresh. Without it every load walks.
   */
  changed?: readonly string[];
  /** What a load keeps for the next one's `changed` (the dev server keeps one across rebuilds). */
  watch?: WatchMemory;
}

/** The last walk and each file's stamp, kept between a watcher's loads. */
export interface WatchMemory {
  walk?: Walk;
  listed?: Set<string>;
  stamps?: Map<string, string | undefined>;
}

export async function loadArchive(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const display = options.display ?? ((rel: string) => toPosix(path.join(contentDir, rel)));
  // Workers take a few hundred ms to start, most of it CPU, while the walk mostly waits on the
  // disk (≈0.1 s for 1,000 reports, ≈0.6 s for 10,000): so they start as soon as the walk has found
  // enough reports. Not with a cache, where most files may be hits (decided after the walk).
  let pool: LoadPool | undefined;
  const early = options.cache ? 0 : workersFor(MIN_REPORTS_FOR_WORKERS, options.workers);
  const startAt = options.workers === undefined ? MIN_REPORTS_FOR_WORKERS : 1;
  const onReport = (count: number) => {
    if (count === startAt && early > 0) pool = new LoadPool(early);
  };
  try {
    const kept = await keptWalk(contentDir, options);
    const walk = kept ?? (await walkContent(contentDir, display, { onReport }));
    if (options.watch && !kept) Object.assign(options.watch, { walk, listed: new Set(walk.files.map((f) => f.abs)), stamps: undefined });
    const results = await loadFiles(walk.files, display, options, pool, kept && new Set(options.changed!.map((file) => path.resolve(file))));
    return assembleAndCheck(walk, results, display);
  } finally {
    pool?.stop();
  }
}

/** The previous walk, when no saved file can have changed the folder's listing (LoadOptions.changed). */
async function keptWalk(contentDir: string, options: LoadOptions): Promise<Walk | undefined> {
  const { watch, changed } = options;
  if (!watch?.walk || !watch.listed || changed === undefined) return undefined;
  const root = path.resolve(contentDir);
  const inside = changed.map((file) => path.resolve(file)).filter((abs) => !path.relative(root, abs).startsWith(".."));
  // A link is walked with its own rules (where it leads): only plain files keep the walk.
  const plain = await Promise.all(inside.map(async (abs) => watch.listed!.has(abs) && ((await lstat(abs).catch(() => undefined))?.isFile() ?? false)));
  return plain.every(Boolean) ? watch.walk : undefined;
}

function assembleAndCheck(walk: Walk, results: readonly FileResult[], display: (rel: string) => string): LoadResult {
  const diagnostics: Diagnostic[] = [...walk.diagnostics];
  let site: SiteSettings | undefined;
  const groups = new Map<string, { file: ContentFile; loaded: LoadedGroup }>();
  const reports: { file: ContentFile; loaded: LoadedReport }[] = [];
  const reviews: Review[] = [];
  const quarterIntros: QuarterIntro[] = [];
  for (const [i, result] of results.entries()) {
    const file = walk.files[i]!;
    diagnostics.push(...result.diagnostics);
    if (result.kind === "site") site = result.value;
    else if (result.kind === "group" && result.value && file.kind === "group") groups.set(file.group, { file, loaded: result.value });
    else if (result.kind === "report" && result.value) reports.push({ file, loaded: result.value });
    else if (result.kind === "review" && result.value) reviews.push(result.value);
    else if (result.kind === "quarter-intro" && result.value) quarterIntros.push(result.value);
  }

  const { archive, positions } = assemble(site ?? { title: "Untitled", editBranch: "main", locale: "en", reportDueDays: 30 }, groups, reports, walk.assets);
  // Kept only beside a loaded report; the review-without-report check names the others.
  const published = new Set(archive.reports.map((r) => `${r.group}/${r.quarter.id}`));
  // One per report and one per quarter, the first in the walk's order (the duplicate-report check names the other).
  archive.reviews = firstPer(reviews.filter((r) => published.has(`${r.group}/${r.quarter.id}`)), (r) => `${r.group}/${r.quarter.id}`).sort(
    (a, b) => a.group.localeCompare(b.group) || a.quarter.compare(b.quarter),
  );
  archive.quarterIntros = firstPer(quarterIntros, (q) => q.quarter.id).sort((a, b) => a.quarter.compare(b.quarter));
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
  assets: ReadonlyMap<string, readonly string[]>,
): { archive: Archive; positions: Map<Report, FieldPositions> } {
  const groups: Group[] = [...loadedGroups.entries()].map(([slug, { file, loaded }]) => ({
    slug,
    sourcePath: file.rel,
    data: loaded.data,
    name: loaded.data.name,
    description: { ...loaded.description, html: resolveAssetLinks(loaded.description.html, slug) },
    reports: [],
    assets: assets.get(slug) ?? [],
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
    const report = reportOf(loaded, group);
    positions.set(report, loaded.positions);
    group.reports.push(report);
    reports.push(report);
  }
  for (const group of groups) group.reports.sort((a, b) => a.quarter.compare(b.quarter));
  groups.sort((a, b) => a.name.localeCompare(b.name));
  reports.sort((a, b) => a.group.localeCompare(b.group) || a.quarter.compare(b.quarter));
  return { archive: { site, groups, reports, reviews: [], quarterIntros: [] }, positions };
}

/** A loaded report as the archive holds it: its group gives the title and authors it does not state. */
export function reportOf({ draft }: LoadedReport, group: Pick<Group, "name" | "data">): Report {
  return {
    ...withAssetLinks(draft),
    title: draft.data.title ?? `${group.name} update, ${draft.quarter.label}`,
    authors: draft.data.authors ?? group.data.chairs ?? [],
  };
}

/**
 * Watch mode, ahead of the whole load: the saved files, when every one inside the content folder
 * is a report the kept walk (LoadOptions.changed) lists, parsed alone as the whole load will parse
 * them, and cached for it. Undefined when the folder must be walked again, or when one of them has
 * an error of its own (the whole load reports it). Checks across files are the whole load's.
 */
export async function loadSavedReports(contentDir: string, options: LoadOptions): Promise<LoadedReport[] | undefined> {
  const { cache, watch, changed } = options;
  const walk = cache && (await keptWalk(contentDir, options));
  if (!walk || !watch || !changed) return undefined;
  const display = options.display ?? ((rel: string) => toPosix(path.join(contentDir, rel)));
  const root = path.resolve(contentDir);
  const saved = new Set(changed.map((file) => path.resolve(file)).filter((abs) => !path.relative(root, abs).startsWith("..")));
  const files = walk.files.filter((file) => saved.has(file.abs));
  if (files.length === 0 || files.length !== saved.size || files.some((file) => file.kind !== "report")) return undefined;
  const indexes = walk.files.filter((file) => file.kind === "group");
  const reports: LoadedReport[] = [];
  for (const file of files as ReportFile[]) {
    const index = indexes.find((g) => g.kind === "group" && g.group === file.group);
    const indexResult = index && cache.get(index.abs)?.result;
    const cadence = indexResult?.kind === "group" ? (indexResult.value?.data.cadence ?? indexResult.cadence) : undefined;
    const stat = await stampOf(file);
    if (stat === undefined) return undefined;
    const stamp = `${stat}:${cadence ?? "quarterly"}`;
    const hit = cache.get(file.abs);
    const result = hit?.stamp === stamp ? hit.result : await loadContentFile(file, display(file.rel), options, cadence);
    cache.set(file.abs, { stamp, result });
    if (result.kind !== "report" || !result.value || hasErrors(result.diagnostics)) return undefined;
    reports.push(result.value);
  }
  return reports;
}

/**
 * Every file's result, in the walk's order: from the cache where a file is unchanged, else loaded.
 * The site settings and group indexes load first: a report is checked against its group's cadence
 * (the period its agenda may span), so the reports, here or in workers, are given it.
 */
async function loadFiles(
  files: readonly ContentFile[],
  display: (rel: string) => string,
  options: LoadOptions,
  early: LoadPool | undefined,
  restamp: ReadonlySet<string> | undefined,
): Promise<FileResult[]> {
  const { cache, watch } = options;
  // With the walk kept, only the saved files can have new stamps.
  const known = restamp && watch?.stamps;
  const fileStamps = cache ? await Promise.all(files.map((file) => (known && !restamp.has(file.abs) && known.has(file.abs) ? known.get(file.abs) : stampOf(file)))) : [];
  if (cache && watch) watch.stamps = new Map(files.map((file, index) => [file.abs, fileStamps[index]]));
  const results: (FileResult | undefined)[] = new Array(files.length);
  const stamps: (string | undefined)[] = new Array(files.length);
  const fromCache = (indexes: readonly number[]) =>
    indexes.filter((index) => {
      const hit = cache?.get(files[index]!.abs);
      if (hit && stamps[index] !== undefined && hit.stamp === stamps[index]) results[index] = hit.result;
      return results[index] === undefined;
    });
  let cadences = new Map<string, Cadence>();
  const loadHere = (indexes: readonly number[]) =>
    Promise.all(
      indexes.map(async (index) => {
        const file = files[index]!;
        results[index] = await loadContentFile(file, display(file.rel), options, file.kind === "report" ? cadences.get(file.group) : undefined);
      }),
    );

  const all = files.map((_, index) => index);
  const isFirst = (index: number) => files[index]!.kind === "site" || files[index]!.kind === "group";
  const first = all.filter(isFirst);
  for (const index of first) stamps[index] = fileStamps[index];
  const firstToLoad = fromCache(first);
  await loadHere(firstToLoad);
  cadences = cadenceByGroup(files, results);

  const rest = all.filter((index) => !isFirst(index));
  // A report parsed under another cadence of its group is parsed again: its diagnostics depend on it.
  for (const index of rest) {
    const file = files[index]!;
    const stamp = fileStamps[index];
    stamps[index] = stamp !== undefined && file.kind === "report" ? `${stamp}:${cadences.get(file.group) ?? "quarterly"}` : stamp;
  }
  const restToLoad = fromCache(rest);
  const reports = restToLoad.filter((index) => files[index]!.kind === "report");
  // Counted after the cache: a rebuild that re-parses a few edited files starts no worker.
  const workers = workersFor(reports.length, options.workers);
  if (workers === 0) await loadHere(restToLoad);
  else {
    // Workers take reports only; the reviews and quarter introductions load here meanwhile.
    const tasks = reports.map((index) => {
      const file = files[index] as ReportFile;
      const cadence = cadences.get(file.group);
      return { file, shown: display(file.rel), ...(cadence && { cadence }) };
    });
    const pool = early?.size === workers ? early : new LoadPool(workers);
    if (pool !== early) early?.stop();
    const [, loaded] = await Promise.all([loadHere(restToLoad.filter((index) => files[index]!.kind !== "report")), pool.run(tasks, options, { mainThread: !options.workersOnly })]);
    reports.forEach((index, i) => (results[index] = loaded[i]!));
  }

  if (cache) {
    for (const index of [...firstToLoad, ...restToLoad]) {
      const stamp = stamps[index];
      if (stamp !== undefined) cache.set(files[index]!.abs, { stamp, result: results[index]! });
    }
  }
  return results as FileResult[];
}

/** Each group's cadence, from its index; also from an index that failed validation but states a valid one. */
function cadenceByGroup(files: readonly ContentFile[], results: readonly (FileResult | undefined)[]): Map<string, Cadence> {
  const cadences = new Map<string, Cadence>();
  files.forEach((file, index) => {
    const result = results[index];
    if (file.kind !== "group" || result?.kind !== "group") return;
    const cadence = result.value?.data.cadence ?? result.cadence;
    if (cadence) cadences.set(file.group, cadence);
  });
  return cadences;
}

async function stampOf(file: ContentFile): Promise<string | undefined> {
  const info = await stat(file.abs).catch(() => undefined);
  return info ? `${info.mtimeMs}:${info.size}:${file.rel}` : undefined;
}

function firstPer<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const toPosix = (p: string) => p.split(path.sep).join("/");
