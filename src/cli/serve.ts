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
import { cliEntry, codeRoot, runsFromSource } from "../package-paths.ts";
import { siteParts } from "../shipped-templates.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { normalisePrefix } from "./build.ts";
import { type Io, UsageError, paintFor } from "./io.ts";
import { type Progress, progressLines } from "./progress.ts";

const CHILD = "SIGREPORT_SERVE_CHILD";

export interface ServeOptions {
  contentDir: string;
  port: number;
  /** The address to listen on; the server binds it (127.0.0.1 unless asked, so a laptop does not publish drafts). */
  host: string;
  outputDir: string;
  pathPrefix: string;
  quiet: boolean;
  /** The site maintainers' own pages (default `pages`). */
  pagesDir?: string;
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
  const { url } = await serveSite({ ...options, progress: options.quiet ? undefined : progressLines(io.err, paintFor(io, "err")) });
  if (!options.quiet) io.err(`Serving ${options.contentDir}/ at ${url} (Ctrl-C to stop).`);
  return new Promise<number>(() => {});
}

/** Builds the site, serves it and rebuilds what a save changes; resolves once it listens. */
export async function serveSite(options: Omit<ServeOptions, "quiet" | "host"> & { host?: string; progress?: Progress | undefined }): Promise<{ url: string }> {
  const { serveWithEleventy } = await import("../site/eleventy-host.ts");
  return serveWithEleventy({
    outputDir: options.outputDir,
    pathPrefix: options.pathPrefix,
    pagesDir: options.pagesDir ?? "pages",
    port: options.port,
    host: options.host ?? "127.0.0.1",
    site: { ...siteParts, contentDir: options.contentDir, keepServing: true, progress: options.progress },
  });
}

/** Runs the server in a child that Node restarts whenever sigreport's code changes. */
function superviseServer(argv: readonly string[], io: Io, options: ServeOptions): Promise<number> {
  // Only a checkout of sigreport has code that changes while it runs; a package changes on upgrade.
  const watched = runsFromSource ? [path.join(codeRoot, "src"), path.join(codeRoot, "templates")].filter((p) => existsSync(p)) : [];
  if (watched.length > 0 && !options.quiet) io.err(`Watching ${watched.map((p) => path.relative(process.cwd(), p) || ".").join(", ")} for code changes (the server restarts) and the content for edits (pages rebuild).`);
  const loader = runsFromSource ? ["--import", "tsx"] : [];
  const child = spawn(
    process.execPath,
    [...watched.map((p) => `--watch-path=${p}`), ...(watched.length > 0 ? ["--watch-preserve-output"] : []), ...loader, cliEntry, "serve", ...argv],
    { stdio: "inherit", env: { ...process.env, [CHILD]: "1" } },
  );
  const stop = () => child.kill("SIGTERM");
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
}
