// `sigreport serve`: Eleventy's dev server with live reload (src/site/eleventy-host.ts). A saved
// report rewrites the pages that show it, its own page first; errors in content are printed and the
// last good pages stay served.
//
// Node cannot unload an ES module: a changed template's imports from src/ would stay the old code.
// So the server runs in a child process under `node --watch-path`, which restarts it when sigreport's
// own code changes.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { siteParts } from "../shipped-templates.ts";
import { optionValue, parseArgs } from "./args.ts";
import { normalisePrefix } from "./build.ts";
import type { Io } from "./io.ts";

const CHILD = "SIGREPORT_SERVE_CHILD";

export async function serve(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["content", "port", "path-prefix", "output"], []);
  if (process.env[CHILD] !== "1") return superviseServer(argv, io);

  const contentDir = optionValue(args, "content") ?? process.env["SIGREPORT_CONTENT"] ?? "content";
  const port = Number(optionValue(args, "port") ?? 8080);
  const outputDir = optionValue(args, "output") ?? "_site";
  const pathPrefix = normalisePrefix(optionValue(args, "path-prefix") ?? "/");
  const { url } = await serveSite({ contentDir, outputDir, pathPrefix, port });
  io.out(`Serving ${contentDir}/ at ${url} (Ctrl-C to stop).`);
  return new Promise<number>(() => {});
}

export interface ServeOptions {
  contentDir: string;
  outputDir: string;
  pathPrefix: string;
  port: number;
  /** The interface to listen on; only this machine by default. */
  host?: string;
  /** The site maintainers' own pages (default `pages`). */
  pagesDir?: string;
}

/** Builds the site, serves it and rebuilds what a save changes; resolves once it listens. */
export async function serveSite(options: ServeOptions): Promise<{ url: string }> {
  const { serveWithEleventy } = await import("../site/eleventy-host.ts");
  return serveWithEleventy({
    outputDir: options.outputDir,
    pathPrefix: options.pathPrefix,
    pagesDir: options.pagesDir ?? "pages",
    port: options.port,
    host: options.host ?? "127.0.0.1",
    site: { ...siteParts, contentDir: options.contentDir, keepServing: true },
  });
}

/** sigreport's own code: the folders beside this file's (src/ or its compiled copy, and templates/). */
const OWN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MAIN = fileURLToPath(new URL(`./main${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));

/** Runs the server in a child that Node restarts whenever sigreport's code changes. */
function superviseServer(argv: readonly string[], io: Io): Promise<number> {
  const watched = [path.dirname(path.dirname(MAIN)), path.join(OWN, "templates")].filter((p) => existsSync(p));
  io.out(`Watching ${watched.map((p) => path.relative(process.cwd(), p) || ".").join(", ")} for code changes (the server restarts) and the content for edits (pages rebuild).`);
  const loader = MAIN.endsWith(".ts") ? ["--import", "tsx"] : [];
  const child = spawn(
    process.execPath,
    [...watched.map((p) => `--watch-path=${p}`), "--watch-preserve-output", ...loader, MAIN, "serve", ...argv],
    { stdio: "inherit", env: { ...process.env, [CHILD]: "1" } },
  );
  const stop = () => child.kill("SIGTERM");
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
}
