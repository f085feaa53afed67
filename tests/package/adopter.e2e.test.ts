// sigreport as an adopter gets it: the packed tarball installed into an empty folder, `init`
// making a site repository there, and that repository checking, building and serving with no edit,
// every command run from the adopter's folder through npx. Slow (npm installs), so it runs in
// `npm run test:package` (.ci/run), not in `npm test`.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportPath } from "../../src/archive/urls.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { REPO } from "../helpers/cli.ts";
import { brokenLinks, exists, expectEveryValueShown, htmlPages, page } from "../helpers/site.ts";

const version = (JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string }).version;
const NPM_QUIET = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];

function sh(cwd: string, command: string, args: string[], env: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], timeout: 180_000 });
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status: number | null; stdout: string; stderr: string };
    return { status: e.status ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
/** `npx --no --`: the installed sigreport, never one fetched; its options are its own, not npx's. */
const sigreport = (cwd: string, args: string[], env: Record<string, string> = {}) => sh(cwd, "npx", ["--no", "--", "sigreport", ...args], env);

let root: string;
let tarball: string;
let site: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "sigreport-adopter-"));
  // `npm pack` runs `prepare`, which compiles dist/ afresh: the tarball is what would be published.
  const packed = sh(REPO, "npm", ["pack", "--pack-destination", root, "--loglevel=error"]);
  expect(packed.status, packed.stderr).toBe(0);
  tarball = path.join(root, `sigreport-${version}.tgz`);
  expect(existsSync(tarball)).toBe(true);

  const installed = sh(root, "npm", ["install", tarball, ...NPM_QUIET]);
  expect(installed.status, installed.stderr).toBe(0);
  const made = sigreport(root, ["init", "my-reports"]);
  expect(made.status, made.stderr).toBe(0);
  site = path.join(root, "my-reports");
  // Until sigreport is on the registry, the tarball stands in for the version init wrote.
  const siteInstall = sh(site, "npm", ["install", tarball, ...NPM_QUIET]);
  expect(siteInstall.status, siteInstall.stderr).toBe(0);
}, 600_000);

describe("the packed package, installed", () => {
  it("holds compiled JavaScript and what it ships, not the tests or the TypeScript sources", () => {
    const pkg = path.join(site, "node_modules", "sigreport");
    const files = readdirSync(pkg, { recursive: true }).map(String);
    expect(files.filter((f) => f.split(path.sep)[0] === "tests")).toEqual([]);
    expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
    for (const shipped of ["dist/src/index.js", "dist/src/index.d.ts", "dist/src/workflow/report-reminders.js", "dist/templates/assets/site.css", "dist/src/worker-start.mjs", "starter/_gitignore", "schema/report.schema.json"]) {
      expect(files, shipped).toContain(shipped.split("/").join(path.sep));
    }
  });

  it("imports the packages it carries in dist/vendor from there, by no other path", () => {
    const dist = path.join(site, "node_modules", "sigreport", "dist");
    const vendored = readdirSync(path.join(dist, "vendor")).map((file) => file.replace(/\.js$/, ""));
    expect(vendored).toEqual(expect.arrayContaining(["zod", "markdown-it"]));
    const named = new RegExp(`(?:from |import\\()"(?:${vendored.join("|")})(?:/[^"]*)?"`);
    const compiled = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".js") && file.split(path.sep)[0] !== "vendor");
    expect(compiled.length).toBeGreaterThan(100);
    expect(compiled.filter((file) => named.test(readFileSync(path.join(dist, file), "utf8")))).toEqual([]);
    expect(compiled.filter((file) => readFileSync(path.join(dist, file), "utf8").includes("/vendor/zod.js")).length).toBeGreaterThan(0);
  });

  it("needs no tsx at run time", () => {
    const ls = sh(site, "npm", ["ls", "tsx", "--omit=dev", "--all", "--json"]);
    expect((JSON.parse(ls.stdout) as { dependencies?: object }).dependencies ?? {}).toEqual({});
    expect(existsSync(path.join(site, "node_modules", "tsx"))).toBe(false);
  });

  it("says its version", () => {
    const run = sigreport(site, ["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it("gives its typed API by the package's name", () => {
    const script = `import { loadArchive, buildSite, sigreportSite } from "sigreport";
      const { archive, diagnostics } = await loadArchive("content");
      console.log(JSON.stringify({ reports: archive.reports.map((r) => r.data), diagnostics, api: [typeof buildSite, typeof sigreportSite] }));`;
    const run = sh(site, process.execPath, ["--input-type=module", "-e", script]);
    expect(run.status, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { reports: unknown[]; diagnostics: unknown[]; api: string[] };
    expect(answer.diagnostics).toEqual([]);
    expect(answer.reports).toHaveLength(1);
    expect(answer.api).toEqual(["function", "function"]);
  });
});

describe("the repository init made", () => {
  it("has its files, depending on this version of sigreport", () => {
    for (const file of ["package.json", "content/site.yaml", ".gitignore", "README.md", ".github/workflows/check.yml", ".github/workflows/pages.yml", ".github/workflows/reminders.yml"]) {
      expect(existsSync(path.join(site, file)), file).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(path.join(site, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(manifest.dependencies["sigreport"]).toMatch(/sigreport-.*\.tgz$/); // replaced by the tarball install
  });

  it.each([
    ["a pinned date", { SIGREPORT_TODAY: "2026-12-01" }],
    ["today's date", {} as Record<string, string>],
  ])("checks clean on %s", (_when, env) => {
    const run = sigreport(site, ["check"], env);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/warning|error/i);
  });

  it("builds a complete site: the example report's every value on its page, every link resolving", async () => {
    const run = sigreport(site, ["build"]);
    expect(run.status, run.stderr).toBe(0);
    const output = path.join(site, "_site");
    for (const url of ["/", "/groups/", "/groups/example-sig/", "/quarters/", "/people/", "/status/", "/search/", "/404.html", "/assets/site.css", "/pagefind/pagefind.js"]) {
      expect(exists(output, url), url).toBe(true);
    }
    const { archive } = await loadArchive(path.join(site, "content"));
    const [report] = archive.reports;
    expect(expectEveryValueShown(page(output, reportPath(report!.group, report!.quarter)), report!).length).toBeGreaterThan(20);
    expect(htmlPages(output).length).toBeGreaterThan(10);
    expect(brokenLinks(output)).toEqual([]);
  });

  it("serves the site: GET / answers 200", async () => {
    const port = await freePort();
    const server = spawn("npx", ["--no", "--", "sigreport", "serve", "--port", String(port)], { cwd: site, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let said = "";
    server.stdout!.on("data", (chunk) => (said += chunk));
    server.stderr!.on("data", (chunk) => (said += chunk));
    try {
      const status = await firstAnswer(`http://127.0.0.1:${port}/`, server, 90_000);
      expect(status, said).toBe(200);
    } finally {
      stop(server);
    }
  }, 120_000);
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function firstAnswer(url: string, server: ChildProcess, withinMs: number): Promise<number | string> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) return `the server exited with ${server.exitCode}`;
    try {
      return (await fetch(url)).status;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return "no answer in time";
}

/** npx, sigreport's supervisor and its server child are one process group: stop all of them. */
function stop(server: ChildProcess): void {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
}
