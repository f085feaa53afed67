// The Eleventy glue: typed .11ty.ts templates, the archive as global data, watch targets and
// assets. Nothing clever lives here; logic is in src/archive and src/site/view-models.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { archiveFor, contentDirFromEnv, forgetLoadedArchive } from "./archive-source.ts";
import type { EleventyConfig } from "./eleventy-types.ts";
import { todayFromEnv } from "./view-models/context.ts";
import { siteViews } from "./view-models/site-views.ts";

export interface SitePluginOptions {
  contentDir?: string;
}

export function sigreportSite(eleventyConfig: EleventyConfig, options: SitePluginOptions = {}): void {
  const contentDir = options.contentDir ?? contentDirFromEnv();

  // Templates are TypeScript modules run by tsx: https://www.11ty.dev/docs/languages/typescript/
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");

  // The one source of page data, loaded once per build: https://www.11ty.dev/docs/data-global-custom/
  eleventyConfig.on("eleventy.before", () => forgetLoadedArchive());
  eleventyConfig.addGlobalData("archive", () => archiveFor(contentDir));
  // Every page's view model, computed once per build from the archive; templates paginate over it.
  eleventyConfig.addGlobalData("views", async () =>
    siteViews(await archiveFor(contentDir), { today: todayFromEnv(), pathPrefix: eleventyConfig.pathPrefix ?? "/" }),
  );

  // Absolute URLs in templates get the path prefix: https://www.11ty.dev/docs/plugins/html-base/
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // https://www.11ty.dev/docs/copy/
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });

  // https://www.11ty.dev/docs/watch-serve/
  eleventyConfig.addWatchTarget(`${contentDir}/`);
  eleventyConfig.addWatchTarget("src/");
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: false });
}
