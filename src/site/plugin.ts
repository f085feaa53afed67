// The sigreport Eleventy plugin. Eleventy is the host: its dev server (live reload), the site
// maintainers' own pages (trusted Markdown, rendered by Eleventy in the site's layout) and the
// adopter's plugins and transforms. The archive's pages come from the page table through our one
// writer (./write-site.ts), which runs every transform registered on the Eleventy config over every
// HTML page it writes, so a transform sees the archive's pages as it sees Eleventy's own. Report
// files never enter Eleventy's data cascade: the archive is typed data, passed in or loaded here.
//
//     eleventyConfig.addPlugin(sigreportSite, { ...siteParts, contentDir: "content" });
//
// `sigreport build` passes the archive it has checked (`archive`); the dev server and an adopter's
// own Eleventy run pass `contentDir`, read afresh on each rebuild.
import path from "node:path";
import { reportOf } from "../load/load-archive.ts";
import type { Archive } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import { contentArchive, givenArchive } from "./archive-source.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { addPathPrefix } from "./path-prefix.ts";
import { pagesToRewrite, savedReportPages, touchedPages } from "./touched-pages.ts";
import { type ViewContext, todayFromEnv } from "./view-models/context.ts";
import { type OwnPageData, ownPage } from "./view-models/own-page.ts";
import { siteViews } from "./view-models/site-views.ts";
import { savedContext } from "./view-models/saved-context.ts";
import { type HtmlTransform, type Progress, type SiteParts, writeArchiveSite, writeFirstPages } from "./write-site.ts";

export interface SitePluginOptions extends SiteParts {
  /** Loaded and checked already; without it, `contentDir` is loaded on each build. */
  archive?: Archive | undefined;
  /** Default `content`, from the working folder. */
  contentDir?: string | undefined;
  /** "Today" for due dates; default SIGREPORT_TODAY, else the day of each build. */
  today?: CalendarDate | undefined;
  /** The dev server: a content error prints its diagnostics and the last good site stays. */
  keepServing?: boolean | undefined;
  /** Told as each phase of writing finishes. */
  progress?: Progress | undefined;
}

/** The layout of the maintainers' own pages. */
export const OWN_PAGE_LAYOUT = "sigreport.11ty.js";

/**
 * Configs the plugin is on already. An adopter's config may add the plugin for their own Eleventy
 * runs; under `sigreport build` or `serve`, which add it first with their options, it is added once.
 */
const added = new WeakSet<EleventyConfig>();

export function sigreportSite(eleventyConfig: EleventyConfig, options: SitePluginOptions): void {
  if (added.has(eleventyConfig)) return;
  added.add(eleventyConfig);
  const contentDir = options.contentDir ?? "content";
  const source = options.archive ? givenArchive(options.archive) : contentArchive(contentDir, { keepServing: options.keepServing });
  const pathPrefix = () => eleventyConfig.pathPrefix ?? "/";
  const today = () => options.today ?? todayFromEnv();
  let archive: Archive | undefined;
  let written: Archive | undefined;
  /** The day `written` was written for: after a night, every due date may have moved. */
  let writtenOn: CalendarDate | undefined;
  let saved: string[] = [];
  // The saved reports' own pages, written before the rest of the rebuild (see eleventy.before).
  let early: { archive: Archive; pages: ReadonlySet<string> } | undefined;
  // Whether `written` is the content as last loaded: not after a load with errors, whose files are
  // not in the site (a later save's page is then only written from a load of the whole folder).
  let current = false;
  /** Whether the last load had no errors: its archive, once written, is current. */
  let loadedFresh = false;

  // https://www.11ty.dev/docs/events/
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    early = undefined;
    const first = (ctx?: ViewContext) =>
      writeFirstPages(ctx?.archive ?? archive!, options, directories.output, { today: today(), pathPrefix: pathPrefix(), pages: savedReportPages(contentDir, saved), transform: eleventyTransforms(eleventyConfig), ctx });
    // An edit of reports only, after a build of everything as it was on disk: each saved report is
    // parsed alone and its page written from the last archive with it in place, before the whole
    // folder is loaded and checked (both O(N)) and before Eleventy renders the maintainers' pages
    // (whose layout needs the whole site's views). What the editor looks at first is on disk in a
    // fraction of the rebuild's time.
    let ahead: string[] | undefined;
    if (written && current && saved.length > 0 && touchedPages(written, written, contentDir, saved) !== undefined) {
      const loaded = await source.savedReports?.(saved);
      const groupOf = (slug: string) => written!.groups.find((g) => g.slug === slug);
      const reports = loaded?.every((r) => groupOf(r.draft.group)) ? loaded.map((r) => reportOf(r, groupOf(r.draft.group)!)) : undefined;
      const ctx = reports && savedContext(written, reports, { today: today(), pathPrefix: pathPrefix() });
      if (ctx) ahead = await first(ctx);
    }
    // Before the first build there is no previous load to compare with: the folder is walked.
    archive = await source.load(written ? saved : undefined);
    // An archive with errors is the last good one (archive-source.ts), equal to `written`: the
    // last good site stays, so a page written ahead by a check across files is put back.
    loadedFresh = archive !== written;
    // Until the rebuild has written it, `written` is not what is on disk.
    current = false;
    if (!loadedFresh) {
      if (ahead && ahead.length > 0) await first();
      return;
    }
    if (!written || saved.length === 0 || touchedPages(written, archive, contentDir, saved) === undefined) return;
    early = { archive, pages: new Set(ahead ?? (await first())) };
  });

  // The maintainers' pages are framed by the site's layout, the default for every Eleventy page (a
  // page may name another, or `layout: false`; a layout's own layout is only what its front matter
  // says). Their links get the path prefix, as on every archive page.
  // https://www.11ty.dev/docs/virtual-templates/
  eleventyConfig.addTemplate(
    `_includes/${OWN_PAGE_LAYOUT}`,
    { render: (data: OwnPageData) => addPathPrefix(options.ownPage(siteViews(archive!, { today: today(), pathPrefix: pathPrefix() }), ownPage(data)), pathPrefix()) },
  );
  eleventyConfig.addGlobalData("layout", OWN_PAGE_LAYOUT);
  // The files saved since the last build (relative to the working folder), for the dev server.
  eleventyConfig.on("eleventy.beforeWatch", (queue) => void saved.push(...queue));
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const now = archive!;
    const changed = saved;
    saved = [];
    // A save with content errors left the last good archive: its site stays as it is. A save of
    // files outside the content (the maintainers' pages) changes no archive page.
    const inContent = changed.filter((file) => !path.relative(path.resolve(contentDir), path.resolve(file)).startsWith(".."));
    if (now === written || (written && changed.length > 0 && inContent.length === 0)) {
      written = now;
      current = loadedFresh;
      return;
    }
    const day = today();
    const touched = written && writtenOn ? pagesToRewrite({ archive: written, today: writtenOn }, now, day, contentDir, changed) : undefined;
    const done = early?.archive === now ? early.pages : undefined;
    early = undefined;
    await writeArchiveSite(now, options, directories.output, {
      today: day,
      contentDir,
      progress: options.progress,
      pathPrefix: pathPrefix(),
      touched,
      previous: written,
      first: touched && !done ? savedReportPages(contentDir, changed) : undefined,
      written: done,
      transform: eleventyTransforms(eleventyConfig),
    });
    written = now;
    writtenOn = day;
    current = loadedFresh;
  });

  // https://www.11ty.dev/docs/watch-serve/
  if (!options.archive) eleventyConfig.addWatchTarget(`${path.normalize(contentDir)}/`);
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: false });
}

/**
 * Every transform on the config (the adopter's, their plugins', Eleventy's own), in Eleventy's
 * order, through its documented way of running them on content it did not render:
 * https://www.11ty.dev/docs/filters/render-transforms/
 */
function eleventyTransforms(eleventyConfig: EleventyConfig): HtmlTransform {
  const run = eleventyConfig.getFilter("renderTransforms");
  return async (content, page) => String(await run.call({ page }, content, page));
}
