// Browser tests: build the example site once per test file, serve it on 127.0.0.1, and drive
// Debian's Chromium with playwright-core (no downloaded browser). One browser per test file.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { expect } from "vitest";
import { buildInto } from "./build.ts";
import { EXAMPLE_CONTENT } from "./content.ts";
import { type StaticServer, serveStatic } from "./static-server.ts";

export const CHROMIUM = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
export const TODAY = "2019-10-15";
export const REPORT_URL = "/groups/public-sector/2019-q2/";

/** One page of each kind the site has. */
export const PAGE_KINDS: Record<string, string> = {
  home: "/",
  groups: "/groups/",
  group: "/groups/public-sector/",
  report: REPORT_URL,
  quarters: "/quarters/",
  quarter: "/quarters/2019-q2/",
  people: "/people/",
  person: "/people/sergei-smalkov/",
  organizations: "/organizations/",
  organization: "/organizations/ibm-services/",
  "work products": "/work-products/",
  tags: "/tags/",
  tag: "/tags/uzbekistan/",
  search: "/search/?q=Uzbekistan",
  status: "/status/",
  "404": "/no-such-page/",
};

export interface BrowserSite {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/**
 * Builds `content` (the example by default) as read on `today` and serves it to a fresh Chromium.
 * `today: "real"` builds with the machine's own date, as a site is built for real.
 */
export async function openSite(content = EXAMPLE_CONTENT, { today = TODAY }: { today?: string } = {}): Promise<BrowserSite> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM.`);
  const run = await buildInto(content, [], { SIGREPORT_TODAY: today === "real" ? undefined : today, TZ: "UTC" });
  expect(run.status, run.stderr).toBe(0);
  const server = await serveStatic(run.output);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    timeout: 30_000,
  });
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
