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
import { KEEP_SERVING } from "../site/archive-source.ts";
import { writeReportPage } from "../site/fast-report-page.ts";
import { type BuildOptions, todayFromEnv } from "../site/view-models/context.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { normalisePrefix } from "./build.ts";
import { type Io, UsageError } from "./io.ts";

const CHILD = "SIGREPORT_SERVE_CHILD";
const CODE_PATHS = ["src", "templates", ".eleventy.ts"];

export interface ServeOptions {
  contentDir: string;
  port: number;
  /** The address to listen on; the server binds it (127.0.0.1 unless asked, so a laptop does not publish drafts). */
  host: string;
  outputDir: string;
  pathPrefix: string;
  quiet: boolean;
}

/** Read and checked in the parent, so a bad --port fails at once instead of in a restarting child. */
export function serveOptions(args: ParsedArgs): ServeOptions {
  if (args.positionals.length > 0) throw new UsageError(`serve takes no arguments; got ${args.positionals.join(" ")}. Give the content folder with --content DIR.`);
  const port = optionValue(args, "port") ?? "8080";
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    throw new UsageError(`--port must be a whole number from 1 to 65535; got ${JSON.stringify(port)}.`);
  }
  return {
    contentDir: optionValue(args, "content") ?? process.env["SIGREPORT_CONTENT"] ?? "content",
    port: Number(port),
    host: optionValue(args, "host") ?? "127.0.0.1",
    outputDir: optionValue(args, "output") ?? "_site",
    pathPrefix: normalisePrefix(optionValue(args, "path-prefix") ?? "/"),
    quiet: args.options.has("quiet"),
  };
}

export async function serve(args: ParsedArgs, io: Io): Promise<number> {
  const options = serveOptions(args);
  if (process.env[CHILD] !== "1") return superviseServer(args.argv, io, options);

  const { contentDir, port, outputDir, pathPrefix } = options;
  process.env["SIGREPORT_CONTENT"] = contentDir;
  process.env[KEEP_SERVING] = "1";
  const eleventy = new Eleventy("templates", outputDir, {
    configPath: ".eleventy.ts",
    runMode: "serve",
    quietMode: options.quiet,
    pathPrefix,
  });
  await eleventy.init();
  await eleventy.watch();
  watchReports(contentDir, outputDir, { today: todayFromEnv(), pathPrefix }, io);
  await eleventy.serve(port);
  if (!options.quiet) io.err(`Serving ${contentDir}/ at http://localhost:${port}/ (Ctrl-C to stop).`);
  return new Promise<number>(() => {});
}

/** Runs the server in a child that Node restarts whenever the site's code changes. */
function superviseServer(argv: readonly string[], io: Io, options: ServeOptions): Promise<number> {
  if (!options.quiet) io.err(`Watching ${CODE_PATHS.join(", ")} for code changes (the server restarts) and the content for edits (pages rebuild).`);
  const child = spawn(
    process.execPath,
    [...CODE_PATHS.map((p) => `--watch-path=${p}`), "--watch-preserve-output", "--import", "tsx", "src/cli/main.ts", "serve", ...argv],
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
