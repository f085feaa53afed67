// Where the files sigreport ships live. An adopter runs sigreport from their own site repository,
// with the package deep in node_modules/, so everything the package brings (templates, assets, the
// Eleventy config, starter files, its version) is found from this module's own location; only
// content, output and the adopter's own pages come from the working folder or flags.
//
// Two layouts share this module: the source checkout (src/package-paths.ts, run through tsx) and
// the published package (dist/src/package-paths.js, compiled by tsconfig.build.json, beside the
// package.json one folder up).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** True when sigreport runs from its TypeScript sources (a checkout), false when compiled. */
export const runsFromSource = import.meta.url.endsWith(".ts");

/** The folder holding src/, templates/ and the Eleventy config: the checkout, or the package's dist/. */
export const codeRoot = fileURLToPath(new URL("../", import.meta.url));

/** The folder holding package.json, starter/ and schema/. */
export const packageRoot = runsFromSource ? codeRoot : path.dirname(path.resolve(codeRoot));

export const templatesDir = path.join(codeRoot, "templates");
export const assetsDir = path.join(templatesDir, "assets");
export const eleventyConfigFile = path.join(codeRoot, runsFromSource ? ".eleventy.ts" : ".eleventy.js");
/** Eleventy reads the single-page templates as JavaScript modules: tsx makes the sources importable. */
export const templateFormat = runsFromSource ? "11ty.ts" : "11ty.js";
export const cliEntry = path.join(codeRoot, "src", "cli", runsFromSource ? "main.ts" : "main.js");
/** The files `sigreport init` copies into a new site repository. */
export const starterDir = path.join(packageRoot, "starter");

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}
