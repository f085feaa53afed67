// Where the files sigreport ships live. An adopter runs sigreport from their own site repository,
// with the package deep in node_modules/, so what the package brings (starter files, its version) is
// found from this module's own location, as src/shipped-templates.ts finds templates and assets; only
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

export const cliEntry = path.join(codeRoot, "src", "cli", runsFromSource ? "main.ts" : "main.js");
/** The files `sigreport init` copies into a new site repository. */
export const starterDir = path.join(packageRoot, "starter");

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}
