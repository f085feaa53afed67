// A foundation's branding from site.yaml (logo, accent), without a fork. Pages carry a CSP that
// forbids inline style, so the accent reaches CSS as a small stylesheet of its own, /assets/brand.css,
// linked after site.css; its colours passed the schema's #rrggbb pattern and contrast check
// (src/model/contrast.ts), so nothing else can get into it. The logo is copied beside it, and its
// layout rules live in brand.css too. Without a logo or an accent neither file exists, site.css is
// untouched, and the pages are byte for byte sigreport's own.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { softTint } from "../model/contrast.ts";
import type { SiteSettings } from "../model/schema.ts";

export const BRAND_CSS = "/assets/brand.css";

/** Where the logo is published: one fixed name, whatever the maintainers called the file. */
export function logoHref(logo: string): string {
  return `/assets/logo${path.extname(logo).toLowerCase()}`;
}

/** Whether the site's pages link brand.css. */
export const hasBrandCss = (site: SiteSettings) => site.accent !== undefined || site.logo !== undefined;

export function brandCss(site: SiteSettings): string {
  const tokens = (colour: string, scheme: "light" | "dark") => `--accent: ${colour}; --accent-strong: ${colour}; --accent-soft: ${softTint(colour, scheme)};`;
  const lines = ["/* The site's branding, from content/site.yaml (the accent's contrast is checked by sigreport); loaded after site.css. */"];
  if (site.accent) {
    lines.push(
      `:root { ${tokens(site.accent.light, "light")} }`,
      `@media (prefers-color-scheme: dark) { :root { ${tokens(site.accent.dark, "dark")} } }`,
      "@media screen { .site-header { border-bottom: 4px solid var(--accent); } }",
    );
  }
  if (site.logo) {
    lines.push(
      ".site-title { display: inline-flex; align-items: center; gap: 0.6rem; }",
      ".site-logo { display: block; height: 2rem; width: auto; max-width: 10rem; }",
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Writes brand.css and the logo into a built site's assets/ (paths from the site's root, not prefixed). */
export async function writeBrandingFiles(site: SiteSettings, contentDir: string, outputDir: string): Promise<void> {
  if (!hasBrandCss(site)) return;
  await mkdir(path.join(outputDir, "assets"), { recursive: true });
  await writeFile(path.join(outputDir, BRAND_CSS), brandCss(site));
  if (site.logo) await copyFile(path.join(contentDir, site.logo), path.join(outputDir, logoHref(site.logo)));
}
