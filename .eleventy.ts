// sigreport's Eleventy configuration: a table of contents. Each concern is a plugin in src/site/.
// Eleventy does not find it by itself: `sigreport build` and `serve` pass its path (src/package-paths.ts),
// under tsx from a checkout, compiled to dist/.eleventy.js in the published package.
import type { EleventyConfig } from "./src/site/eleventy-types.ts";
import { templateFormat, templatesDir } from "./src/package-paths.ts";
import { sigreportSite } from "./src/site/plugin.ts";

export default function (eleventyConfig: EleventyConfig) {
  // Pages from the typed archive (src/site/plugin.ts).
  eleventyConfig.addPlugin(sigreportSite);

  return {
    // No output here: `sigreport build` chooses it (a staging folder swapped in atomically).
    dir: { input: templatesDir, includes: "_includes", layouts: "_layouts", data: "_data" },
    // No template language ever runs over text: templates are TypeScript only.
    templateFormats: [templateFormat],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
