// The one writer: every page of the page table (./page-table.ts), rendered from the typed views and
// handed as it is made to the file writer (./file-writer.ts), which writes on a second thread.
// `sigreport build`, the dev server after a save and the tests all write through here, so the path
// prefix is added in one place, and a host's HTML transforms (Eleventy's, see ./plugin.ts) see
// every page. Going through Eleventy's per-page pipeline cost ~2 ms a page and kept every page in
// memory until the end of the build (see the Performance section of the README).
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Archive } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import { indexArchive } from "../archive/archive-index.ts";
import { writeBrandingFiles } from "./branding.ts";
import { changedSessionPages } from "./changed-session-pages.ts";
import { type FileWriter, fileWriter } from "./file-writer.ts";
import { type Piece, textOf } from "./reused-pieces.ts";
import { plural } from "./format.ts";
import { copyAssets, groupAssetCopies } from "./group-assets-copy.ts";
import { PAGE_TABLE, pageFiles, type PageKind, type PageKindName, type Pages, type Render, type Renderers } from "./page-table.ts";
import { addPathPrefix } from "./path-prefix.ts";
import { searchDocument } from "./search-document.ts";
import { pageKey } from "./touched-pages.ts";
import { type BuildOptions, type ViewContext, contextFor } from "./view-models/context.ts";
import { layoutView } from "./view-models/layout.ts";
import { isLazyPages } from "./view-models/lazy-pages.ts";
import type { OwnPageView } from "./view-models/own-page.ts";
import { reportPages } from "./view-models/report.ts";
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

export interface WriteOptions {
  pathPrefix: string;
  transform?: HtmlTransform | undefined;
  /**
   * The dev server after a save: of the kinds with a page per item, only the pages whose owner
   * (touched-pages.ts pageKey) is here; every other kind whole.
   */
  touched?: ReadonlySet<string> | undefined;
  /**
   * Of some touched owners, the only pages of theirs that changed (./changed-session-pages.ts): a
   * busy organisation's sessions fill hundreds of pages, of which a save changes one or two.
   */
  changedPages?: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  /** Addresses written before any other page (the saved report's own page). */
  first?: ReadonlySet<string> | undefined;
  /**
   * A folder where each HTML page's search document (./search-index.ts searchDocument: its
   * data-pagefind-body parts) is written too, at the page's own path, for Pagefind to index
   * (its addDirectory reads them on both cores; see ./search-index.ts).
   */
  searchDocuments?: string | undefined;
  /** Addresses written already in this rebuild (by writeFirstPages), left out. */
  written?: ReadonlySet<string> | undefined;
}

export interface PageWriter {
  /**
   * Queues one page or file at its permalink (an HTML page gets the path prefix, then the
   * transform); resolves when there is room for the next. `source` names the page kind.
   */
  write(permalink: string, content: string, source?: string): Promise<void>;
  /** Writes a file piece by piece (reports.json), never holding it as one string. */
  writePieces(permalink: string, pieces: Iterable<Piece>): Promise<void>;
  /** Resolves with the number of files written, once all are; rejects with the first failure. */
  finish(): Promise<number>;
}

/** How a page writer writes: WriteOptions' own, and the files' writer (default: one on a thread of its own, ./file-writer.ts). */
export type PageWriterOptions = Pick<WriteOptions, "pathPrefix" | "transform" | "searchDocuments"> & { files?: FileWriter };

export function pageWriter(outputDir: string, { pathPrefix, transform, searchDocuments, files = fileWriter() }: PageWriterOptions): PageWriter {
  // The files are counted here: search documents are files of the writer's too, not pages.
  let count = 0;
  return {
    async write(permalink, content, source = "sigreport") {
      const file = path.join(outputDir, permalink);
      count++;
      if (!permalink.endsWith(".html")) return files.write(file, content);
      const prefixed = addPathPrefix(content, pathPrefix);
      const final = transform ? await transform(prefixed, { url: addressOf(permalink), outputPath: file, inputPath: `sigreport:${source}` }) : prefixed;
      const document = searchDocuments === undefined ? undefined : searchDocument(final);
      if (document !== undefined) await files.write(path.join(searchDocuments!, permalink), document);
      return files.write(file, final);
    },
    writePieces: (permalink, pieces) => {
      count++;
      return files.writePieces(path.join(outputDir, permalink), pieces);
    },
    finish: async () => {
      await files.finish();
      return count;
    },
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
  const writer = pageWriter(outputDir, options);
  const { touched, changedPages, first = new Set<string>(), written = new Set<string>() } = options;
  const writeKind = async <K extends PageKindName>(entry: PageKind<K>, keep?: (address: string) => boolean) => {
    const render = renderers[entry.kind] as Render<K>;
    for (const page of chosen(entry.pages(views), keep)) {
      const content = render(views, page);
      await (typeof content === "string" ? writer.write(page.permalink, content, entry.kind) : writer.writePieces(page.permalink, content));
    }
  };
  const changed = (a: string) => touched === undefined || (touched.has(pageKey(a)) && (changedPages?.get(pageKey(a))?.has(a) ?? true));
  const later = (a: string) => !first.has(a) && !written.has(a) && changed(a);
  try {
    if (first.size > 0) for (const entry of PAGE_TABLE) if (entry.perItem) await writeKind(entry, (a) => first.has(a) && !written.has(a));
    for (const entry of PAGE_TABLE) await writeKind(entry, entry.perItem && (touched || first.size > 0 || written.size > 0) ? later : undefined);
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
  /** After a save: the archive the output was written from, whose pages that are gone (a deleted report, group, person…) are removed. */
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
export async function writeArchiveSite(archive: Archive, parts: SiteParts, outputDir: string, given: ArchiveSiteOptions): Promise<number> {
  if (given.touched !== undefined) given.progress?.begin?.();
  let options = given;
  // Pages the caller wrote early in this rebuild (plugin.ts) are of its count too.
  let early = given.written?.size ?? 0;
  if (given.first !== undefined && given.first.size > 0) {
    const done = await writeFirstPages(archive, parts, outputDir, { ...given, pages: given.first });
    options = { ...given, written: new Set([...(given.written ?? []), ...done]) };
    early += done.length;
  }
  const build = { today: options.today, pathPrefix: options.pathPrefix };
  const views = siteViews(archive, build);
  // After a save: the site as it was, whose pages that are gone are removed and whose session pages are compared.
  const { touched, previous } = options;
  const before = previous && siteViews(previous, build);
  if (touched && previous && before) {
    options = { ...options, changedPages: changedSessionPages({ index: indexArchive(previous), views: before }, { index: indexArchive(archive), views }, touched) };
  }
  options.progress?.done(`views: ${plural(views.groups.urls.length, "group")}, ${plural(views.quarters.length, "quarter")}, ${plural(views.people.urls.length, "person", "people")}`);
  const written = early + (await writeSite(parts.renderers, views, outputDir, options));
  if (before) await removeGone(before, views, outputDir);
  if (options.touched === undefined) {
    await cp(parts.assetsDir, path.join(outputDir, "assets"), { recursive: true });
    await writeBrandingFiles(archive.site, options.contentDir, outputDir);
    await copyAssets(groupAssetCopies(archive, options.contentDir), outputDir);
  }
  options.progress?.done(`wrote ${plural(written, "page")}`);
  return written;
}

export interface FirstPagesOptions extends BuildOptions {
  transform?: HtmlTransform | undefined;
  /** The addresses wanted (the saved reports' own pages, touched-pages.ts savedReportPages). */
  pages: ReadonlySet<string>;
  /** The views' context, when the caller has one cheaper than contextFor's (savedContext). */
  ctx?: ViewContext | undefined;
}

/**
 * Writes the report pages among `pages` at once, before (and without) the whole site's views: a
 * report page's view needs only the archive's index and the page shell, while the site's views
 * (feeds, digests, calendars, status…) cost most of a rebuild. Each file is on disk when this
 * resolves, not queued behind the rest of the rebuild. Resolves with the addresses written; a
 * wanted page the archive has not (a deleted report) is left to the rebuild.
 */
export async function writeFirstPages(archive: Archive, parts: SiteParts, outputDir: string, options: FirstPagesOptions): Promise<string[]> {
  const ctx = options.ctx ?? contextFor(archive, options);
  const some: Pick<SiteViews, "layout" | "reports"> = { layout: layoutView(ctx), reports: reportPages(ctx) };
  // A renderer that reads more of the site than the report page's own views still gets it whole.
  let whole: SiteViews | undefined;
  const views = new Proxy(some as SiteViews, {
    get: (target, key, receiver) => (key in target ? Reflect.get(target, key, receiver) : Reflect.get((whole ??= siteViews(ctx.archive, options)), key)),
  });
  const writer = pageWriter(outputDir, { pathPrefix: options.pathPrefix, transform: options.transform, files: directFiles() });
  const entry = PAGE_TABLE.find((k): k is PageKind<"report"> => k.kind === "report")!;
  const render = parts.renderers.report;
  const done: string[] = [];
  for (const page of chosen(entry.pages(views), (a) => options.pages.has(a))) {
    const content = render(views, page);
    await (typeof content === "string" ? writer.write(page.permalink, content, entry.kind) : writer.writePieces(page.permalink, content));
    done.push(addressOf(page.permalink));
  }
  await writer.finish();
  return done;
}

/** Writes each file as it is given, in this thread: for a page or two, starting the writer's thread costs more than it saves. */
function directFiles(): FileWriter {
  let files = 0;
  const write = async (file: string, content: string, append = false) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content, append ? { flag: "a" } : {});
  };
  return {
    async write(file, content) {
      await write(file, content);
      files++;
    },
    async writePieces(file, pieces) {
      let first = true;
      for (const piece of pieces) {
        await write(file, textOf(piece), !first);
        first = false;
      }
      if (first) await write(file, "");
      files++;
    },
    finish: async () => files,
  };
}

/** Removes the files of pages the previous archive had and this one has not; a whole build starts from an empty folder instead. */
async function removeGone(before: SiteViews, now: SiteViews, outputDir: string): Promise<void> {
  const kept = new Set(pageFiles(now));
  const gone = pageFiles(before).filter((permalink) => !kept.has(permalink));
  await Promise.all(gone.map((permalink) => rm(path.join(outputDir, permalink), { force: true })));
}
