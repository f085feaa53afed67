// `sigreport serve`: Eleventy's dev server with live reload, rebuilding on changes in content/,
// templates/ and src/. Errors in content are printed and the last good pages stay served.
//
// Eleventy rebuilds on its own when content changes, but Node cannot unload an ES module: a
// changed template's imports from src/ would stay the old code. So the server runs in a child
// process under `node --watch-path`, which restarts it when src/, templates/ or the config change.
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { cliEntry, codeRoot, eleventyConfigFile, runsFromSource, templatesDir } from "../package-paths.ts";
import { KEEP_SERVING } from "../site/archive-source.ts";
import { writeReportPage } from "../site/fast-report-page.ts";
import { type BuildOptions, todayFromEnv } from "../site/view-models/context.ts";
import { optionValue, parseArgs } from "./args.ts";
import { normalisePrefix } from "./build.ts";
import type { Io } from "./io.ts";

const CHILD = "SIGREPORT_SERVE_CHILD";
/** Only a checkout of sigreport has code that changes while it runs; a package changes on upgrade. */
const CODE_PATHS = runsFromSource ? ["src", "templates", ".eleventy.ts"].map((p) => path.join(codeRoot, p)) : [];

export async function serve(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["content", "port", "path-prefix", "output"], []);
  if (process.env[CHILD] !== "1") return superviseServer(argv, io);

  const contentDir = optionValue(args, "content") ?? process.env["SIGREPORT_CONTENT"] ?? "content";
  process.env["SIGREPORT_CONTENT"] = contentDir;
  process.env[KEEP_SERVING] = "1";
  const port = Number(optionValue(args, "port") ?? 8080);
  const outputDir = optionValue(args, "output") ?? "_site";
  const pathPrefix = normalisePrefix(optionValue(args, "path-prefix") ?? "/");
  const eleventy = new Eleventy(templatesDir, outputDir, {
    configPath: eleventyConfigFile,
    runMode: "serve",
    pathPrefix,
  });
  await eleventy.init();
  await eleventy.watch();
  watchReports(contentDir, outputDir, { today: todayFromEnv(), pathPrefix }, io);
  await eleventy.serve(port);
  io.out(`Serving ${contentDir}/ at http://localhost:${port}/ (Ctrl-C to stop).`);
  return new Promise<number>(() => {});
}

/** Runs the server in a child that Node restarts whenever the site's code changes. */
function superviseServer(argv: readonly string[], io: Io): Promise<number> {
  if (runsFromSource) io.out(`Watching ${CODE_PATHS.map((p) => path.relative(process.cwd(), p)).join(", ")} for code changes (the server restarts) and the content for edits (pages rebuild).`);
  const child = spawn(
    process.execPath,
    [...CODE_PATHS.map((p) => `--watch-path=${p}`), ...(runsFromSource ? ["--watch-preserve-output", "--import", "tsx"] : []), cliEntry, "serve", ...argv],
    { stdio: "inherit", env: { ...process.env, [CHILD]: "1" } },
  );
  const stop = () => child.kill("SIGTERM");
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
}

/** A saved report's own page is rewritten at once; Eleventy's rebuild of the whole site follows. */
function watchReports(contentDir: string, outputDir: string, options: BuildOptions, io: Io): void {
  watch(contentDir, { recursive: true }, (_event, name) => {
    if (!name || !name.endsWith(".md")) return;
    writeReportPage(contentDir, outputDir, path.join(contentDir, name), options).catch((error: Error) =>
      io.err(`Could not refresh ${name} ahead of the rebuild: ${error.message}`),
    );
  });
}
