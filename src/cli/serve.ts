// `sigreport serve`: Eleventy's dev server with live reload, rebuilding on changes in content/,
// templates/ and src/. Errors in content are printed and the last good pages stay served.
import Eleventy from "@11ty/eleventy";
import { optionValue, parseArgs } from "./args.ts";
import { normalisePrefix } from "./build.ts";
import type { Io } from "./io.ts";

export async function serve(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["content", "port", "path-prefix"], []);
  const contentDir = optionValue(args, "content") ?? process.env["SIGREPORT_CONTENT"] ?? "content";
  process.env["SIGREPORT_CONTENT"] = contentDir;
  const port = Number(optionValue(args, "port") ?? 8080);
  const eleventy = new Eleventy("templates", "_site", {
    configPath: ".eleventy.ts",
    runMode: "serve",
    pathPrefix: normalisePrefix(optionValue(args, "path-prefix") ?? "/"),
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  io.out(`Serving ${contentDir}/ at http://localhost:${port}/ (Ctrl-C to stop).`);
  return new Promise<number>(() => {});
}
