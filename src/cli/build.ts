// `sigreport build`: validate everything first; on any error print the diagnostics and leave the
// previous site exactly as it was. Writing in place would keep pages of deleted reports, so the
// site is built into a fresh folder beside the target and swapped in with rename(): the target is
// always the whole old site or the whole new one.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { renames } from "../archive/renames.ts";
import { hasErrors } from "../load/diagnostics.ts";
import { loadArchive } from "../load/load-archive.ts";
import { ContentFolderMissing } from "../load/walk.ts";
import { siteParts } from "../shipped-templates.ts";
import type { Archive } from "../model/archive.ts";
import { writeSearchIndex } from "../site/search-index.ts";
import { siteNeedsEleventy } from "../site/site-needs-eleventy.ts";
import { todayFromEnv } from "../site/view-models/context.ts";
import { writeArchiveSite } from "../site/write-site.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { describeBuildFault } from "./file-fault.ts";
import { formatText, summaryLine } from "./format-diagnostics.ts";
import { type Io, UsageError, paintFor } from "./io.ts";
import { abandonStaging, claimOutput, isSite, startStaging, swapIn } from "./output-target.ts";
import { type Progress, counted, progressLines, silent } from "./progress.ts";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  pathPrefix: string;
  quiet?: boolean;
  /** Skip the Pagefind search index (the /search/ page then finds nothing). */
  noSearch?: boolean;
  /** The site maintainers' own pages, rendered by Eleventy in the site's layout (default `pages`). */
  pagesDir?: string;
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
  if (!isSafePathPrefix(trimmed)) {
    throw new UsageError(
      `--path-prefix ${JSON.stringify(prefix)} is not a path of plain folder names; it goes into every link of every page, so only letters, digits, ".", "_", "~", "-" and "/" between names are allowed, e.g. /sig-reports/.`,
    );
  }
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** Folder names of URL-safe characters only: nothing that would need escaping in an href, a feed or a sitemap. */
const isSafePathPrefix = (trimmed: string) =>
  trimmed === "" || trimmed.split("/").every((part) => /^[A-Za-z0-9._~-]+$/.test(part) && part !== "." && part !== "..");

export async function buildSite(options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const claimed = await claimOutput(options.outputDir, options.contentDir);
  if (!claimed.ok) {
    io.err(claimed.message);
    return claimed.exitCode;
  }
  const { output } = claimed;
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
  const staging = output.staging;
  const pagesDir = options.pagesDir ?? "pages";
  let hadSite = false;
  // Our writer writes each page's search document beside the site as it writes the page (a site
  // Eleventy hosts is indexed from its pages instead): in the system's temporary folder, so neither
  // the published staging folder nor, when a build is killed, the output's parent keeps them.
  let documents: string | undefined;
  try {
    hadSite = await isSite(output.target);
    await startStaging(output);
    const hosted = await siteNeedsEleventy(pagesDir);
    if (!options.noSearch && !hosted) documents = await mkdtemp(path.join(tmpdir(), "sigreport-search-"));
    await writeArchive(archive, { ...options, progress }, staging, hosted, documents);
    // Index into the staging folder, not the target: an indexing failure leaves the old site in place.
    if (!options.noSearch) {
      const indexed = await writeSearchIndex(staging, documents);
      progress.done(`search index: ${counted(indexed.pages, "page")}`);
    }
    await swapIn(output);
  } catch (error) {
    io.err(`The site could not be built: ${describeBuildFault(error, options.outputDir)}\n${await abandonStaging(output, options.outputDir, hadSite)}`);
    return 1;
  } finally {
    if (documents) await rm(documents, { recursive: true, force: true });
  }
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.out(`Built ${counted(archive.reports.length, "report")} of ${counted(archive.groups.length, "group")} into ${options.outputDir}/ in ${seconds} s.`);
  }
  return 0;
}

/**
 * The archive's pages are written by our one writer. Eleventy hosts the build only when the site
 * has pages or an Eleventy config of its own (src/site/site-needs-eleventy.ts); otherwise it is
 * not even imported.
 */
async function writeArchive(archive: Archive, options: BuildOptions, staging: string, hosted: boolean, searchDocuments: string | undefined): Promise<void> {
  const site = { ...siteParts, archive, contentDir: options.contentDir, today: todayFromEnv(), progress: options.progress };
  if (!hosted) {
    await writeArchiveSite(archive, site, staging, { today: site.today, pathPrefix: options.pathPrefix, contentDir: options.contentDir, progress: options.progress, searchDocuments });
    return;
  }
  const { buildWithEleventy } = await import("../site/eleventy-host.ts");
  await buildWithEleventy({ outputDir: staging, pathPrefix: options.pathPrefix, pagesDir: options.pagesDir ?? "pages", site });
}
