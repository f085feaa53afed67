// Writes the page families (templates/pages/): thousands of pages rendered from the typed views
// and handed as they are made to the file writer (./file-writer.ts), which writes them on a
// second thread. Going through Eleventy's per-page pipeline cost ~2 ms a page and kept every page
// in memory until the end of the build (see the Performance section of the README).
import path from "node:path";
import type { PageFamily } from "../../templates/components/types.ts";
import { fileWriter } from "./file-writer.ts";
import { addPathPrefix } from "./path-prefix.ts";
import { pageKey } from "./touched-pages.ts";
import { isLazyPages } from "./view-models/lazy-pages.ts";
import type { SiteViews } from "./view-models/site-views.ts";

export interface PageWriter {
  /** Queues one page or file at its permalink; resolves when there is room for the next. */
  write(permalink: string, content: string): Promise<void>;
  /** Writes a file piece by piece (reports.json), never holding it as one string. */
  writePieces(permalink: string, pieces: Iterable<string>): Promise<void>;
  /** Resolves with the number of files written, once all are; rejects with the first failure. */
  finish(): Promise<number>;
}

export function pageWriter(outputDir: string, pathPrefix: string): PageWriter {
  const files = fileWriter();
  return {
    write: (permalink, content) =>
      files.write(path.join(outputDir, permalink), permalink.endsWith(".html") ? addPathPrefix(content, pathPrefix) : content),
    writePieces: (permalink, pieces) => files.writePieces(path.join(outputDir, permalink), pieces),
    finish: () => files.finish(),
  };
}

/**
 * Writes every page of the families or, given `touched` (page owners, see touched-pages.ts), only
 * theirs: the dev server's rebuild after a report is saved.
 */
export async function writePageFamilies(
  families: readonly PageFamily<{ permalink: string }>[],
  views: SiteViews,
  outputDir: string,
  pathPrefix: string,
  touched?: ReadonlySet<string>,
): Promise<number> {
  const writer = pageWriter(outputDir, pathPrefix);
  const keep = (address: string) => touched === undefined || touched.has(pageKey(address));
  try {
    for (const family of families) {
      const pages = family.pages(views);
      const chosen = touched === undefined ? pages : isLazyPages<{ permalink: string }>(pages) ? pages.only(keep) : [...pages].filter((p) => keep(p.permalink));
      for (const page of chosen) await writer.write(page.permalink, family.render(views, page));
    }
    for (const file of views.streamedFiles) await writer.writePieces(file.permalink, file.chunks());
  } catch (error) {
    // Stop the writer's thread too, so a failed build exits; the render error is the one to report.
    await writer.finish().catch(() => undefined);
    throw error;
  }
  return writer.finish();
}
