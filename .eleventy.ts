// sigreport's Eleventy configuration: a table of contents. Each concern is a plugin in src/site/.
// Eleventy does not find a .ts config by itself: scripts pass --config=.eleventy.ts and run tsx.
import type { EleventyConfig } from "./src/site/eleventy-types.ts";
import { sigreportSite } from "./src/site/plugin.ts";

export default function (eleventyConfig: EleventyConfig) {
  // Pages from the typed archive (src/site/plugin.ts).
  eleventyConfig.addPlugin(sigreportSite);

  return {
    // No output here: `sigreport build` chooses it (a staging folder swapped in atomically).
    dir: { input: "templates", includes: "_includes", layouts: "_layouts", data: "_data" },
    // No template language ever runs over text: templates are TypeScript only.
    templateFormats: ["11ty.ts"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
