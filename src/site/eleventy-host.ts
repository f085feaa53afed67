// Running Eleventy as the host of a sigreport site: for `sigreport serve` always (its dev server,
// with live reload), for `sigreport build` only when the site has something of its own for
// Eleventy (./site-needs-eleventy.ts). Eleventy renders the maintainers' pages folder; our plugin
// (./plugin.ts) writes the archive's pages; the adopter's config file, if any, is found by Eleventy
// in the working folder as usual. Importing this module imports Eleventy (~0.7 s): build.ts does so
// only when it must.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { EleventyConfig } from "./eleventy-types.ts";
import { type SitePluginOptions, sigreportSite } from "./plugin.ts";
import { pagesFolder } from "./site-needs-eleventy.ts";

export interface EleventyRun {
  outputDir: string;
  pathPrefix: string;
  /** The maintainers' own pages; when it does not exist Eleventy renders nothing of its own. */
  pagesDir: string;
  site: SitePluginOptions;
}

/** Eleventy needs a folder to read; without a pages folder, an empty one stands in. */
async function inputFolder(pagesDir: string): Promise<{ input: string; standIn: boolean }> {
  const pages = await pagesFolder(pagesDir);
  return pages ? { input: pages, standIn: false } : { input: await mkdtemp(path.join(tmpdir(), "sigreport-no-pages-")), standIn: true };
}

function withSite(site: SitePluginOptions, more?: (config: EleventyConfig) => void) {
  // Eleventy's programmatic `config` option, run before the adopter's config file.
  return (eleventyConfig: unknown) => {
    const config = eleventyConfig as EleventyConfig;
    config.addPlugin(sigreportSite, site);
    more?.(config);
  };
}

export async function buildWithEleventy(run: EleventyRun): Promise<void> {
  const { input, standIn } = await inputFolder(run.pagesDir);
  try {
    const eleventy = new Eleventy(input, run.outputDir, { quietMode: true, pathPrefix: run.pathPrefix, config: withSite(run.site) });
    // Its "Wrote N files" line is not ours to print; a failure is thrown and `build` reports it.
    eleventy.disableLogger();
    // Nor is its error handler's stack trace: `build` reports a failure in one sentence (cli/file-fault.ts).
    (eleventy as unknown as { errorHandler: { logger: unknown } }).errorHandler.logger = { message() {} };
    await eleventy.write();
  } finally {
    if (standIn) await rm(input, { recursive: true, force: true });
  }
}

export interface DevServer {
  /** Where it really listens, as a browser would open it. */
  url: string;
}

export async function serveWithEleventy(run: EleventyRun & { port: number; host: string }): Promise<DevServer> {
  bindDevServerTo(run.host);
  let listening!: (url: string) => void;
  const url = new Promise<string>((resolve) => (listening = resolve));
  const eleventy = new Eleventy((await inputFolder(run.pagesDir)).input, run.outputDir, {
    runMode: "serve",
    quietMode: true,
    pathPrefix: run.pathPrefix,
    config: withSite(run.site, (config) =>
      // https://www.11ty.dev/docs/dev-server/: `ready` is told the server once it listens.
      config.setServerOptions({
        messageOnStart: () => false,
        ready: (server: { server: { address(): { address: string; port: number } } }) => {
          const { port } = server.server.address();
          const host = run.host.includes(":") ? `[${run.host}]` : run.host;
          listening(`http://${host}:${port}${run.pathPrefix}`);
        },
      }),
    ),
  });
  // Its "Wrote 0 files" counts only its own pages and contradicts ours (the writer's progress says
  // what was written); its warnings and errors still reach the terminal.
  eleventy.logger.overrideLogger({ log: () => undefined, info: () => undefined, warn: console.error, error: console.error });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(run.port);
  return { url: await url };
}

/**
 * Eleventy's dev server listens on every interface and has no option to say which; a site being
 * edited is for its editor, so it listens on `host` (127.0.0.1 unless asked). Its one listen call
 * is replaced, on the class Eleventy itself loads (found from Eleventy's own location).
 */
function bindDevServerTo(host: string): void {
  const require = createRequire(import.meta.resolve("@11ty/eleventy"));
  const DevServer = require("@11ty/eleventy-dev-server") as { prototype: { _serverListen(port: number): void } };
  DevServer.prototype._serverListen = function (this: { server: { listen(o: object): void } }, port: number) {
    this.server.listen({ port, host });
  };
}
