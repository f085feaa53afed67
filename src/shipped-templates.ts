// The templates sigreport ships, for whoever writes the site: the render function of every page
// kind and the folder of assets (stylesheet, search script). The one module under src/ that imports
// templates/: src/site only names the `Renderers` type, and build, serve, the Eleventy plugin's
// public face and the tests take the renderers from here.
import { fileURLToPath } from "node:url";
import { render as ownPage } from "../templates/pages/own-page.ts";
import { renderers } from "../templates/renderers.ts";
import type { EleventyConfig } from "./site/eleventy-types.ts";
import { type SitePluginOptions, sigreportSite as sitePlugin } from "./site/plugin.ts";
import type { SiteParts } from "./site/write-site.ts";

export const siteParts: SiteParts = {
  renderers,
  ownPage,
  /** Copied to /assets/ of every site. */
  assetsDir: fileURLToPath(new URL("../templates/assets/", import.meta.url)),
};

/**
 * The Eleventy plugin with sigreport's templates, as an adopter adds it to their own Eleventy
 * config: `eleventyConfig.addPlugin(sigreportSite, { contentDir: "content" })`.
 */
export function sigreportSite(eleventyConfig: EleventyConfig, options: Omit<SitePluginOptions, keyof SiteParts> & Partial<SiteParts> = {}): void {
  sitePlugin(eleventyConfig, { ...siteParts, ...options });
}
