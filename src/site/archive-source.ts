// Where the site's archive comes from. `sigreport build` loads and validates content once and hands
// the archive over here; when Eleventy runs on its own (serve, watch), it is loaded from disk on
// each build. Report files never enter Eleventy's data cascade: only this typed archive does.
import { colourWanted, paint } from "../cli/colour.ts";
import { formatText, summaryLine } from "../cli/format-diagnostics.ts";
import { hasErrors } from "../load/diagnostics.ts";
import { type LoadCache, loadArchive } from "../load/load-archive.ts";
import type { Archive } from "../model/archive.ts";

let provided: { contentDir: string; archive: Archive } | undefined;

export function provideArchive(contentDir: string, archive: Archive): void {
  provided = { contentDir, archive };
}

export function contentDirFromEnv(): string {
  return process.env["SIGREPORT_CONTENT"] ?? "content";
}

export class ContentHasErrors extends Error {}

/**
 * Set by `sigreport serve`: a content error while editing must not stop the server. Throwing from
 * global data aborts Eleventy mid-copy and crashed the watcher, so the diagnostics are printed and
 * the last good archive (or, before there is one, what did load) is served instead.
 */
export const KEEP_SERVING = "SIGREPORT_KEEP_SERVING";
const lastGood = new Map<string, Archive>();

/** Eleventy asks for global data twice in one rebuild; the same diagnostics are said once. */
let lastPrinted = { text: "", at: 0 };
function printOnce(text: string): void {
  const now = Date.now();
  if (text === lastPrinted.text && now - lastPrinted.at < 2000) return;
  lastPrinted = { text, at: now };
  console.error(text);
}

/** One load per build: the `archive` and `views` global data share it (see forgetLoadedArchive). */
const loading = new Map<string, Promise<Archive>>();

/** Called when a build starts, so a rebuild reads the content afresh. */
export function forgetLoadedArchive(): void {
  loading.clear();
}

export function archiveFor(contentDir: string): Promise<Archive> {
  if (provided && provided.contentDir === contentDir) return Promise.resolve(provided.archive);
  let pending = loading.get(contentDir);
  if (!pending) {
    pending = loadChecked(contentDir);
    loading.set(contentDir, pending);
  }
  return pending;
}

/** In watch mode, unchanged files are not parsed again on each rebuild. */
export const fileCache: LoadCache = new Map();

async function loadChecked(contentDir: string): Promise<Archive> {
  const { archive, diagnostics } = await loadArchive(contentDir, { cache: fileCache });
  const colours = paint(colourWanted(process.stderr));
  if (diagnostics.length > 0) printOnce(`${formatText(diagnostics, colours)}\n${summaryLine(diagnostics, colours)}`);
  if (!hasErrors(diagnostics)) {
    lastGood.set(contentDir, archive);
    return archive;
  }
  if (process.env[KEEP_SERVING] === "1") {
    const previous = lastGood.get(contentDir);
    console.error(previous ? "Fix the errors above; the site shows the last version without errors." : "Fix the errors above; the site shows the files without errors.");
    return previous ?? archive;
  }
  throw new ContentHasErrors(`The content has errors: ${summaryLine(diagnostics)}`);
}
