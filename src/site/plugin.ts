// The Eleventy glue: typed .11ty.ts templates, the archive as global data, watch targets and
// assets. Nothing clever lives here; logic is in src/archive and src/site/view-models.
import { pageFamilies } from "../../templates/pages/index.ts";
import { KEEP_SERVING, archiveFor, contentDirFromEnv, forgetLoadedArchive } from "./archive-source.ts";
import type { Archive } from "../model/archive.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { addPathPrefix } from "./path-prefix.ts";
import { todayFromEnv } from "./view-models/context.ts";
import { siteViews } from "./view-models/site-views.ts";
import { touchedPages } from "./touched-pages.ts";
import { writePageFamilies } from "./write-pages.ts";
import { copyAssets, groupAssetCopies } from "./group-assets-copy.ts";
import { buildProgress, counted } from "../cli/progress.ts";

export interface SitePluginOptions {
  contentDir?: string;
}

/** Long enough for the fast path to write one report page (~0.3 s at 1,000 reports). */
export const FULL_REBUILD_DELAY_MS = 400;

export function sigreportSite(eleventyConfig: EleventyConfig, options: SitePluginOptions = {}): void {
  const contentDir = options.contentDir ?? contentDirFromEnv();

  // Templates are TypeScript modules run by tsx: https://www.11ty.dev/docs/languages/typescript/
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");

  // The one source of page data, loaded once per build: https://www.11ty.dev/docs/data-global-custom/
  eleventyConfig.on("eleventy.before", () => forgetLoadedArchive());
  eleventyConfig.addGlobalData("archive", () => archiveFor(contentDir));
  // Every page's view model, computed once per build from the archive.
  const pathPrefix = () => eleventyConfig.pathPrefix ?? "/";
  const views = async () => siteViews(await archiveFor(contentDir), { today: todayFromEnv(), pathPrefix: pathPrefix() });
  eleventyConfig.addGlobalData("views", async () => {
    const made = await views();
    buildProgress().done(`views: ${counted(made.groups.length, "group")}, ${counted(made.quarters.length, "quarter")}, ${counted(made.people.urls.length, "person", "people")}`);
    return made;
  });

  // The archive's thousands of pages (templates/pages/) are written once Eleventy has made the
  // single pages, into the same folder: https://www.11ty.dev/docs/events/#eleventy-after
  // In the dev server, a rebuild after saving reports writes only the pages that show them
  // (src/site/touched-pages.ts); the files saved come from https://www.11ty.dev/docs/events/#eleventy-beforewatch
  const serving = process.env[KEEP_SERVING] === "1";
  let written: Archive | undefined;
  let saved: string[] = [];
  if (serving) eleventyConfig.on("eleventy.beforeWatch", (queue) => void saved.push(...queue));
  eleventyConfig.on("eleventy.after", async ({ directories, results }) => {
    const archive = await archiveFor(contentDir);
    const touched = serving && written && saved.length > 0 ? touchedPages(written, archive, contentDir, saved) : undefined;
    const pages = await writePageFamilies(pageFamilies, await views(), directories.output, pathPrefix(), touched);
    await copyAssets(groupAssetCopies(archive, contentDir), directories.output);
    buildProgress().done(`wrote ${counted(pages + (results?.length ?? 0), "page")}`);
    written = archive;
    saved = [];
  });

  // Root-absolute links get the path prefix (src/site/path-prefix.ts): https://www.11ty.dev/docs/transforms/
  eleventyConfig.addTransform("path-prefix", function (this: { page: { outputPath: string | false } }, content: string) {
    const out = this.page.outputPath;
    return typeof out === "string" && out.endsWith(".html") ? addPathPrefix(content, pathPrefix()) : content;
  });

  // https://www.11ty.dev/docs/copy/
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });

  // https://www.11ty.dev/docs/watch-serve/
  eleventyConfig.addWatchTarget(`${contentDir}/`);
  eleventyConfig.addWatchTarget("src/");
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: false });
  // In the dev server a saved report's own page is written first (src/site/fast-report-page.ts);
  // the full rebuild waits a moment so it does not hold the event loop while that page is written.
  // https://www.11ty.dev/docs/watch-serve/#add-delay-before-re-running
  if (serving) eleventyConfig.setWatchThrottleWaitTime(FULL_REBUILD_DELAY_MS);
}
