// `sigreport build`: validate everything first; on any error print the diagnostics and leave the
// previous site exactly as it was. Eleventy writes in place and keeps pages of deleted reports, so
// the site is built into a fresh folder beside the target and swapped in with rename(): the target
// is always the whole old site or the whole new one.
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { renames } from "../archive/renames.ts";
import { hasErrors } from "../load/diagnostics.ts";
import { loadArchive } from "../load/load-archive.ts";
import { ContentFolderMissing } from "../load/walk.ts";
import { provideArchive } from "../site/archive-source.ts";
import { writeSearchIndex } from "../site/search-index.ts";
import { optionValue, parseArgs } from "./args.ts";
import { describeBuildFault } from "./file-fault.ts";
import { formatText, summaryLine } from "./format-diagnostics.ts";
import { type Io, UsageError } from "./io.ts";
import { abandonStaging, claimOutput, isSite, startStaging, swapIn } from "./output-target.ts";

export const buildUsage = "sigreport build [--content DIR] [--output DIR] [--path-prefix /prefix/] [--no-search]";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  pathPrefix: string;
  quiet?: boolean;
  /** Skip the Pagefind search index (the /search/ page then finds nothing). */
  noSearch?: boolean;
}

export async function build(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["content", "output", "path-prefix"], ["quiet", "no-search"]);
  const options: BuildOptions = {
    contentDir: optionValue(args, "content") ?? args.positionals[0] ?? process.env["SIGREPORT_CONTENT"] ?? "content",
    outputDir: optionValue(args, "output") ?? "_site",
    pathPrefix: normalisePrefix(optionValue(args, "path-prefix") ?? process.env["PATH_PREFIX"] ?? "/"),
    quiet: args.options.has("quiet"),
    noSearch: args.options.has("no-search"),
  };
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
  // A former name that is a current folder or claimed twice cannot become a redirect: stop, as for any content error.
  const diagnostics = [...loaded.diagnostics, ...renames(archive, (rel) => path.posix.join(options.contentDir.split(path.sep).join("/"), rel)).diagnostics];
  if (diagnostics.length > 0) io.err(`${formatText(diagnostics)}\n`);
  if (hasErrors(diagnostics)) {
    io.err(`${summaryLine(diagnostics)} Nothing was built; ${options.outputDir}/ is unchanged.`);
    return 1;
  }

  if (!archive.site.url) {
    io.err("site.yaml has no url: the Atom feeds and the sitemap need absolute addresses, so they were not written.");
  }
  const staging = output.staging;
  let hadSite = false;
  try {
    hadSite = await isSite(output.target);
    await startStaging(output);
    // The site plugin finds its content folder in SIGREPORT_CONTENT; without this, --content was
    // validated but the default content/ was what got built.
    process.env["SIGREPORT_CONTENT"] = options.contentDir;
    provideArchive(options.contentDir, archive);
    const eleventy = new Eleventy("templates", staging, {
      configPath: ".eleventy.ts",
      quietMode: true,
      pathPrefix: options.pathPrefix,
    });
    // build.ts reports the failure itself in one sentence; Eleventy's handler would print its stack.
    (eleventy as unknown as { errorHandler: { logger: unknown } }).errorHandler.logger = { message() {} };
    await eleventy.write();
    // Index the staging folder, not the target: an indexing failure leaves the old site in place.
    if (!options.noSearch) await writeSearchIndex(staging);
    await swapIn(output);
  } catch (error) {
    io.err(`The site could not be built: ${describeBuildFault(error, options.outputDir)}\n${await abandonStaging(output, options.outputDir, hadSite)}`);
    return 1;
  }
  if (!options.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.out(`Built ${count(archive.reports.length, "report")} of ${count(archive.groups.length, "group")} into ${options.outputDir}/ in ${seconds} s.`);
  }
  return 0;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
