// `sigreport build`: validate everything first; on any error print the diagnostics and leave the
// previous site exactly as it was. Eleventy writes in place and keeps pages of deleted reports, so
// the site is built into a fresh folder beside the target and swapped in with rename(): the target
// is always the whole old site or the whole new one.
import { readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { renames } from "../archive/renames.ts";
import { hasErrors } from "../load/diagnostics.ts";
import { loadArchive } from "../load/load-archive.ts";
import { ContentFolderMissing } from "../load/walk.ts";
import { provideArchive } from "../site/archive-source.ts";
import { writeSearchIndex } from "../site/search-index.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { formatText, summaryLine } from "./format-diagnostics.ts";
import { type Io, paintFor } from "./io.ts";
import { type Progress, counted, progressLines, reportBuildProgress, silent } from "./progress.ts";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  pathPrefix: string;
  quiet?: boolean;
  /** Skip the Pagefind search index (the /search/ page then finds nothing). */
  noSearch?: boolean;
  /** Told as each phase finishes (src/cli/progress.ts); nothing is said without it. */
  progress?: Progress;
}

export async function build(args: ParsedArgs, io: Io): Promise<number> {
  const options: BuildOptions = {
    contentDir: optionValue(args, "content") ?? args.positionals[0] ?? process.env["SIGREPORT_CONTENT"] ?? "content",
    outputDir: optionValue(args, "output") ?? "_site",
    pathPrefix: normalisePrefix(optionValue(args, "path-prefix") ?? process.env["PATH_PREFIX"] ?? "/"),
    quiet: args.options.has("quiet"),
    noSearch: args.options.has("no-search"),
  };
  if (!options.quiet) options.progress = progressLines(io.err, paintFor(io, "err"));
  return buildSite(options, io);
}

export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

export async function buildSite(options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const progress = options.progress ?? silent;
  let loaded;
  try {
    loaded = await loadArchive(options.contentDir);
  } catch (error) {
    if (error instanceof ContentFolderMissing) {
      io.err(`${error.message} Give the folder that holds site.yaml and groups/ with --content.`);
      return 2;
    }
    throw error;
  }
  const { archive } = loaded;
  progress.done(`loaded ${counted(archive.reports.length, "report")} of ${counted(archive.groups.length, "group")}`);
  // A former name that is a current folder or claimed twice cannot become a redirect: stop, as for any content error.
  const diagnostics = [...loaded.diagnostics, ...renames(archive, (rel) => path.posix.join(options.contentDir.split(path.sep).join("/"), rel)).diagnostics];
  const paint = paintFor(io, "err");
  if (diagnostics.length > 0) io.err(`${formatText(diagnostics, paint)}\n`);
  if (hasErrors(diagnostics)) {
    io.err(`${summaryLine(diagnostics, paint)} Nothing was built; ${options.outputDir}/ is unchanged.`);
    return 1;
  }
  progress.done(`checked: ${summaryLine(diagnostics, paint).replace(/\.$/, "").toLowerCase()}`);

  if (!archive.site.url) {
    io.err("site.yaml has no url: the Atom feeds and the sitemap need absolute addresses, so they were not written.");
  }
  const target = path.resolve(options.outputDir);
  const staging = `${target}.building-${process.pid}`;
  const retired = `${target}.old-${process.pid}`;
  await removeAbandoned(target);
  await rm(staging, { recursive: true, force: true });
  const stopReporting = reportBuildProgress(progress);
  try {
    // The site plugin finds its content folder in SIGREPORT_CONTENT; without this, --content was
    // validated but the default content/ was what got built.
    process.env["SIGREPORT_CONTENT"] = options.contentDir;
    provideArchive(options.contentDir, archive);
    const eleventy = new Eleventy("templates", staging, {
      configPath: ".eleventy.ts",
      quietMode: true,
      pathPrefix: options.pathPrefix,
    });
    // Eleventy's own "Wrote 16 files" counts only its single pages, not the thousands the plugin
    // writes: the plugin reports the real count, and Eleventy says only warnings and errors.
    eleventy.logger.overrideLogger({ log: () => undefined, info: () => undefined, warn: io.err, error: io.err });
    await eleventy.write();
    // Index the staging folder, not the target: an indexing failure leaves the old site in place.
    if (!options.noSearch) {
      const indexed = await writeSearchIndex(staging);
      progress.done(`search index: ${counted(indexed.pages, "page")}`);
    }
    await swap(staging, target, retired);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    io.err(`The site could not be built: ${(error as Error).message}\n${options.outputDir}/ is unchanged.`);
    return 1;
  } finally {
    stopReporting();
  }
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.out(`Built ${counted(archive.reports.length, "report")} of ${counted(archive.groups.length, "group")} into ${options.outputDir}/ in ${seconds} s.`);
  }
  return 0;
}

/**
 * A build that was killed leaves its staging (or retired) folder beside the target. Its process is
 * gone, so nothing else will remove it; a folder whose build is still running is left alone.
 */
async function removeAbandoned(target: string): Promise<void> {
  const prefix = `${path.basename(target)}.`;
  const names = await readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    const match = /^(?:building|old)-(\d+)$/.exec(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !match || isRunning(Number(match[1]))) continue;
    await rm(path.join(path.dirname(target), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Two renames: the target is never missing for longer than between them, and never half-written. */
async function swap(staging: string, target: string, retired: string): Promise<void> {
  let hadTarget = true;
  try {
    await rename(target, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    hadTarget = false;
  }
  await rename(staging, target);
  if (hadTarget) await rm(retired, { recursive: true, force: true });
}
