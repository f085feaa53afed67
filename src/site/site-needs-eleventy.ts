// Whether `sigreport build` needs Eleventy: only when the site has something of its own for it, a
// folder of the maintainers' pages or an Eleventy config file (the names Eleventy looks for). Most
// sites have neither, and their build does not import Eleventy at all, which saves ~0.7 s of start-up.
import { stat } from "node:fs/promises";
import path from "node:path";

/** The config files Eleventy finds by itself in the working folder: https://www.11ty.dev/docs/config/ */
export const ELEVENTY_CONFIG_FILES = [".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"];

const isFolder = (p: string) => stat(p).then((s) => s.isDirectory(), () => false);
const isFile = (p: string) => stat(p).then((s) => s.isFile(), () => false);

/** The pages folder, if there is one. */
export async function pagesFolder(pagesDir: string): Promise<string | undefined> {
  return (await isFolder(pagesDir)) ? pagesDir : undefined;
}

export async function siteNeedsEleventy(pagesDir: string, workingDir = process.cwd()): Promise<boolean> {
  if (await pagesFolder(pagesDir)) return true;
  for (const name of ELEVENTY_CONFIG_FILES) if (await isFile(path.join(workingDir, name))) return true;
  return false;
}
