// The one writer: every page of the page table (./page-table.ts), rendered from the typed views and
// handed as it is made to the file writer (./file-writer.ts), which writes on a second thread.
// `sigreport build`, the dev server after a save and the tests all write through here, so the path
// prefix is added in one place, and a host's HTML transforms (Eleventy's, see ./plugin.ts) see
// every page. Going through Eleventy's per-page pipeline cost ~2 ms a page and kept every page in
// memory until the end of the build (see the Performance section of the README).
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import type { Archive } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import { writeBrandingFiles } from "./branding.ts";
import { fileWriter } from "./file-writer.ts";
import { plural } from "./format.ts";
import { copyAssets, groupAssetCopies } from "./group-assets-copy.ts";
import { PAGE_TABLE, pageFiles, type PageKind, type PageKindName, type Pages, type Render, type Renderers } from "./page-table.ts";
import { addPathPrefix } from "./path-prefix.ts";
import { pageKey } from "./touched-pages.ts";
import { isLazyPages } from "./view-models/lazy-pages.ts";
import type { OwnPageView } from "./view-models/own-page.ts";
import { type SiteViews, siteViews } from "./view-models/site-views.ts";

/** What a transform is told of the page it changes, named as Eleventy's `this.page` names it. */
export interface PageFacts {
  url: string;
  outputPath: string;
  /** No file: the page kind, as `sigreport:report`. Report files never reach a transform. */
  inputPath: string;
}

/** Changes an HTML page after the path prefix is added; the last word before it is written. */
export type HtmlTransform = (content: string, page: PageFacts) => string | Promise<string>;

/**
 * Told of each HTML page as it is handed to the file writer, in its final form: its address
 * without the path prefix (`/groups/x/`) and its text. The search index reads pages from here
 * while the rest are still being rendered, instead of from disk after the build. A promise holds
 * the writer back until the observer has room for more.
 */
export type PageObserver = (url: string, content: string) => void | Promise<void>;

export interface WriteOptions {
  pathPrefix: string;
  transform?: HtmlTransform | undefined;
  onPage?: PageObserver | undefined;
  /**
   * The dev server after a save: of the kinds with a page per item, only the pages whose owner
   * (touched-pages.ts pageKey) is here; every other kind whole.
   */
  touched?: ReadonlySet<string> | undefined;
  /** Addresses written before any other page (the saved report's own page). */
  first?: ReadonlySet<string> | undefined;
}

export interface PageWriter {
  /**
   * Queues one page or file at its permalink (an HTML page gets the path prefix, then the
   * transform); resolves when there is room for the next. `source` names the page kind.
   */
  write(permalink: string, content: string, source?: string): Promise<void>;
  /** Writes a file piece by piece (reports.json), never holding it as one string. */
  writePieces(permalink: string, pieces: Iterable<string>): Promise<void>;
  /** Resolves with the number of files written, once all are; rejects with the first failure. */
  finish(): Promise<number>;
}

export function pageWriter(outputDir: string, pathPrefix: string, transform?: HtmlTransform, onPage?: PageObserver): PageWriter {
  const files = fileWriter();
  return {
    async write(permalink, content, source = "sigreport") {
      const file = path.join(outputDir, permalink);
      if (!permalink.endsWith(".html")) return files.write(file, content);
      const prefixed = addPathPrefix(content, pathPrefix);
      const final = transform ? await transform(prefixed, { url: addressOf(permalink), outputPath: file, inputPath: `sigreport:${source}` }) : prefixed;
      if (onPage) await onPage(addressOf(permalink), final);
      return files.write(file, final);
    },
    writePieces: (permalink, pieces) => files.writePieces(path.join(outputDir, permalink), pieces),
    finish: () => files.finish(),
  };
}

/** `/groups/x/index.html` and `/groups/x/` are one address. */
const addressOf = (permalinkOrUrl: string) => permalinkOrUrl.replace(/index\.html$/, "");

function chosen<V extends { permalink: string }>(pages: Pages<V>, keep: ((address: string) => boolean) | undefined): Iterable<V> {
  if (keep === undefined) return pages;
  return isLazyPages<V>(pages) ? pages.only((url) => keep(addressOf(url))) : pages.filter((p) => keep(addressOf(p.permalink)));
}

/** Writes the page table's pages (or, given `touched`, those a save changed); resolves with the number of files. */
export async function writeSite(renderers: Renderers, views: SiteViews, outputDir: string, options: WriteOptions): Promise<number> {
  const writer = pageWriter(outputDir, options.pathPrefix, options.transform, options.onPage);
  const { touched, first = new Set<string>() } = options;
  const writeKind = async <K extends PageKindName>(entry: PageKind<K>, keep?: (address: string) => boolean) => {
    const render = renderers[entry.kind] as Render<K>;
    for (const page of chosen(entry.pages(views), keep)) {
      const content = render(views, page);
      await (typeof content === "string" ? writer.write(page.permalink, content, entry.kind) : writer.writePieces(page.permalink, content));
    }
  };
  const later = (a: string) => !first.has(a) && (touched === undefined || touched.has(pageKey(a)));
  try {
    if (first.size > 0) for (const entry of PAGE_TABLE) if (entry.perItem) await writeKind(entry, (a) => first.has(a));
    for (const entry of PAGE_TABLE) await writeKind(entry, entry.perItem && (touched || first.size > 0) ? later : undefined);
  } catch (error) {
    // Stop the writer's thread too, so a failed build exits; the render error is the one to report.
    await writer.finish().catch(() => undefined);
    throw error;
  }
  return writer.finish();
}

/** What a site is made with, beside its archive: sigreport's templates (src/shipped-templates.ts). */
export interface SiteParts {
  renderers: Renderers;
  /** Frames a page of the maintainers' own in the site's layout (./plugin.ts). */
  ownPage: (site: SiteViews, page: OwnPageView) => string;
  /** Copied to /assets/. */
  assetsDir: string;
}

export interface ArchiveSiteOptions extends WriteOptions {
  today: CalendarDate;
  /** Where the site's own files (its logo, groups' assets/) are found. */
  contentDir: string;
  /** Told as each phase finishes (src/cli/progress.ts prints it); nothing is said without it. */
  progress?: Progress | undefined;
  /** After a save (with `touched`): the archive the output was written from, whose pages that are gone (a deleted report, group, person…) are removed. */
  previous?: Archive | undefined;
}

export interface Progress {
  /** Work starts now (a dev server's rebuild after a save): the next phase is timed from here. */
  begin?(): void;
  /** A phase finished; `what` says what it made, e.g. "wrote 3,207 pages". */
  done(what: string): void;
}

/**
 * The archive's whole site, or after a save its touched pages: every page of the table, and the
 * assets on a whole build. Resolves with the number of files written.
 */
export async function writeArchiveSite(archive: Archive, parts: SiteParts, outputDir: string, options: ArchiveSiteOptions): Promise<number> {
  if (options.touched !== undefined) options.progress?.begin?.();
  const views = siteViews(archive, { today: options.today, pathPrefix: options.pathPrefix });
  options.progress?.done(`views: ${plural(views.groups.length, "group")}, ${plural(views.quarters.length, "quarter")}, ${plural(views.people.urls.length, "person", "people")}`);
  const written = await writeSite(parts.renderers, views, outputDir, options);
  if (options.touched !== undefined && options.previous) await removeGone(siteViews(options.previous, { today: options.today, pathPrefix: options.pathPrefix }), views, outputDir);
  if (options.touched === undefined) {
    await cp(parts.assetsDir, path.join(outputDir, "assets"), { recursive: true });
    await writeBrandingFiles(archive.site, options.contentDir, outputDir);
    await copyAssets(groupAssetCopies(archive, options.contentDir), outputDir);
  }
  options.progress?.done(`wrote ${plural(written, "page")}`);
  return written;
}

/** Removes the files of pages the previous archive had and this one has not; a whole build starts from an empty folder instead. */
async function removeGone(before: SiteViews, now: SiteViews, outputDir: string): Promise<void> {
  const kept = new Set(pageFiles(now));
  const gone = pageFiles(before).filter((permalink) => !kept.has(permalink));
  await Promise.all(gone.map((permalink) => rm(path.join(outputDir, permalink), { force: true })));
}
