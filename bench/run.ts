// `npm run bench [-- N …]`: measures, in one run and alternating the commands, (a) the full
// sigreport build (every page kind, feeds, JSON; search indexing timed on its own), (b) plain
// Eleventy rendering the same report files with one minimal Nunjucks layout, and (c) Hugo on the
// same files when `hugo` is installed. Prints medians, spread, peak memory, pages written, the
// ratios a/b and a/c against the targets, ms per report, and the dev server's save-to-page time.
// Output goes to tmpfs (/dev/shm) when there is one: disk write time on ext4 varies run to run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { cpus, totalmem, tmpdir } from "node:os";
import path from "node:path";
import { freePort, waitFor } from "./dev-server.ts";
import { generateContent } from "./generate.ts";

const REPO = path.resolve(import.meta.dirname, "..");
const SCRATCH_ROOT = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
const REPS = Number(process.env["BENCH_REPS"] ?? 3);
const ELEVENTY_CMD = path.join(REPO, "node_modules/@11ty/eleventy/cmd.cjs");
const PEAK = path.join(REPO, "bench/peak-rss.mjs");

interface Sample {
  seconds: number;
  peakBytes: number | undefined;
  pages: number;
  stdout?: string;
}

interface Contender {
  name: string;
  run(out: string): Promise<Sample>;
}

async function countPages(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith(".html")).length;
}

/** Runs a command, timing it from spawn to exit; Node processes report their own peak RSS. */
async function timed(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; out: string; peakFromTime?: boolean }): Promise<Sample> {
  const peakFile = path.join(SCRATCH_ROOT, `sigreport-peak-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const useTime = options.peakFromTime === true && existsSync("/usr/bin/time");
  const [cmd, argv] = useTime ? ["/usr/bin/time", ["-f", "%M", "-o", peakFile, command, ...args]] : [command, args];
  const started = performance.now();
  const result = spawnSync(cmd, argv as string[], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, SIGREPORT_PEAK_FILE: peakFile },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  let peakBytes: number | undefined;
  if (existsSync(peakFile)) {
    const text = (await readFile(peakFile, "utf8")).trim().split("\n").at(-1)!;
    peakBytes = useTime ? Number(text) * 1024 : Number(text);
    await rm(peakFile, { force: true });
  }
  return { seconds, peakBytes, pages: await countPages(options.out), stdout: result.stdout };
}

/**
 * `npm run build`'s own command (its Node flags included), so the bench times what users run;
 * bench/peak-rss.mjs is added to report the process's peak memory.
 */
async function buildCommand(): Promise<string[]> {
  const script: string = JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8")).scripts.build;
  const [node, ...args] = script.split(/\s+/);
  if (node !== "node") throw new Error(`The bench expects the build script to start with node, not: ${script}`);
  const entry = args.findIndex((a) => a.endsWith(".ts"));
  return [...args.slice(0, entry), "--import", PEAK, ...args.slice(entry)];
}

async function buildHelp(): Promise<string> {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "help"], { cwd: REPO, encoding: "utf8" });
  return r.stdout;
}

async function setUp(n: number): Promise<{ root: string; content: string; plain: string; hugo: string }> {
  const root = await mkdtemp(path.join(SCRATCH_ROOT, `sigreport-bench-${n}-`));
  const content = path.join(root, "content");
  const generated = await generateContent(content, n);

  // Plain Eleventy: the same report files, one Nunjucks layout, nothing else.
  const plain = path.join(root, "plain");
  await mkdir(path.join(plain, "_includes"), { recursive: true });
  await writeFile(path.join(plain, "_includes/report.njk"), "<!doctype html><html><head><title>{{ title or page.fileSlug }}</title></head><body><main>{{ content | safe }}</main></body></html>\n");
  await writeFile(path.join(plain, "package.json"), '{"type":"module"}\n');
  for (const file of generated.reports) {
    const rel = path.relative(content, file);
    await mkdir(path.dirname(path.join(plain, rel)), { recursive: true });
    await cp(file, path.join(plain, rel));
  }
  await writeFile(path.join(plain, "groups/groups.json"), '{"layout":"report.njk"}\n');

  // Hugo: the same files under content/, one single-page layout.
  const hugo = path.join(root, "hugo");
  await mkdir(path.join(hugo, "layouts/_default"), { recursive: true });
  await writeFile(path.join(hugo, "hugo.toml"), 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "home", "section", "robotsTXT", "404"]\n');
  await writeFile(path.join(hugo, "layouts/_default/single.html"), "<!doctype html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n");
  await writeFile(path.join(hugo, "layouts/_default/list.html"), "");
  for (const file of generated.reports) {
    const rel = path.relative(content, file);
    await mkdir(path.dirname(path.join(hugo, "content", rel)), { recursive: true });
    await cp(file, path.join(hugo, "content", rel));
  }
  return { root, content, plain, hugo };
}

function contenders(dirs: { content: string; plain: string; hugo: string }, build: string[], searchFlag: string[]): Contender[] {
  const list: Contender[] = [
    {
      name: "sigreport",
      run: (out) => timed(process.execPath, [...build, "--content", dirs.content, "--output", out, "--quiet", ...searchFlag], { cwd: REPO, out }),
    },
    {
      name: "eleventy",
      run: (out) => timed(process.execPath, ["--import", PEAK, ELEVENTY_CMD, "--input=.", `--output=${out}`, "--quiet"], { cwd: dirs.plain, out }),
    },
  ];
  if (spawnSync("hugo", ["version"]).status === 0) {
    list.push({ name: "hugo", run: (out) => timed("hugo", ["--quiet", "-s", dirs.hugo, "-d", out], { cwd: dirs.hugo, out, peakFromTime: true }) });
  }
  return list;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mib = (bytes: number | undefined) => (bytes === undefined ? "n/a" : `${(bytes / 1024 / 1024).toFixed(0)} MiB`);

/** Save one report, time until its page on disk carries the change. */
async function measureDevServer(content: string, root: string): Promise<number[] | string> {
  const out = path.join(root, "serve-out");
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--content", content, "--output", out, "--port", String(port)], {
    cwd: REPO,
    stdio: "ignore",
    detached: true,
  });
  const page = path.join(out, "groups/group-001/2010-q1/index.html");
  const report = path.join(content, "groups/group-001/2010-Q1.md");
  try {
    if (!(await waitFor(async () => existsSync(page), 180_000))) return "the dev server wrote no page within 180 s";
    await new Promise((r) => setTimeout(r, 2000));
    const times: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const marker = `Benchmark marker ${Date.now()}-${i}`;
      const started = performance.now();
      await appendFile(report, `\n${marker}\n`);
      const ok = await waitFor(async () => (await readFile(page, "utf8").catch(() => "")).includes(marker), 60_000);
      if (!ok) return "the changed page was not rewritten within 60 s";
      times.push((performance.now() - started) / 1000);
      // Let the full rebuild that follows a save finish, so each save meets an idle server.
      await new Promise((r) => setTimeout(r, 10_000));
    }
    return times;
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

/** Pagefind over the site sigreport just built: what `sigreport build` adds without --no-search. */
function indexSearch(site: string): Promise<Sample> {
  return timed(process.execPath, ["--import", "tsx", "--import", PEAK, "bench/index-search.ts", site], { cwd: REPO, out: site });
}

async function benchOne(n: number, build: string[], searchFlag: string[]): Promise<{ n: number; msPerReport: number }> {
  console.log(`\n## N = ${n.toLocaleString("en")} reports (${REPS} runs each, alternating; output on ${SCRATCH_ROOT})\n`);
  const dirs = await setUp(n);
  const runs = contenders(dirs, build, searchFlag);
  const samples = new Map<string, Sample[]>(runs.map((c) => [c.name, []]));
  const indexing: Sample[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    for (const c of runs) {
      const out = path.join(dirs.root, `out-${c.name}`);
      await rm(out, { recursive: true, force: true });
      spawnSync("sync");
      samples.get(c.name)!.push(await c.run(out));
      if (c.name === "sigreport" && searchFlag.length > 0) {
        const indexed = await indexSearch(out);
        indexing.push({ ...indexed, pages: Number(indexed.stdout?.trim() ?? 0) });
      }
      process.stdout.write(".");
    }
  }
  process.stdout.write("\n\n");
  console.log("| build | wall time (median) | spread (min–max) | peak memory | pages written |");
  console.log("|---|---|---|---|---|");
  const med = new Map<string, number>();
  for (const c of runs) {
    const s = samples.get(c.name)!;
    const secs = s.map((x) => x.seconds);
    med.set(c.name, median(secs));
    const peaks = s.flatMap((x) => (x.peakBytes === undefined ? [] : [x.peakBytes]));
    console.log(
      `| ${c.name} | ${median(secs).toFixed(2)} s | ${Math.min(...secs).toFixed(2)}–${Math.max(...secs).toFixed(2)} s | ${mib(peaks.length ? median(peaks) : undefined)} | ${s[0]!.pages.toLocaleString("en")} |`,
    );
  }
  if (indexing.length) {
    const secs = indexing.map((x) => x.seconds);
    const peaks = indexing.flatMap((x) => (x.peakBytes === undefined ? [] : [x.peakBytes]));
    console.log(
      `| search index, apart (Pagefind over sigreport's pages) | ${median(secs).toFixed(2)} s | ${Math.min(...secs).toFixed(2)}–${Math.max(...secs).toFixed(2)} s | ${mib(peaks.length ? median(peaks) : undefined)} (Node side) | ${indexing[0]!.pages.toLocaleString("en")} pages read |`,
    );
  }
  const a = med.get("sigreport")!;
  const b = med.get("eleventy")!;
  const c = med.get("hugo");
  console.log("");
  console.log(`a/b (sigreport / plain Eleventy) = ${(a / b).toFixed(2)}  target ≤ 1.00: ${a / b <= 1 ? "PASS" : "MISS"}`);
  if (c !== undefined) console.log(`a/c (sigreport / Hugo)           = ${(a / c).toFixed(2)}  target ≤ 1.30: ${a / c <= 1.3 ? "PASS" : "MISS"}`);
  else console.log("a/c: Hugo is not installed (apt-get install hugo); skipped.");
  const peaks = samples.get("sigreport")!.flatMap((x) => (x.peakBytes === undefined ? [] : [x.peakBytes]));
  if (n >= 10_000 && peaks.length) console.log(`peak memory ${mib(median(peaks))}  target < 1 GiB: ${median(peaks) < 1024 ** 3 ? "PASS" : "MISS"}`);
  const msPerReport = (a * 1000) / n;
  console.log(`sigreport: ${msPerReport.toFixed(2)} ms per report`);

  if (n === 1000 && process.env["BENCH_SKIP_SERVE"] !== "1") {
    const dev = await measureDevServer(dirs.content, dirs.root);
    if (typeof dev === "string") console.log(`dev server: ${dev}`);
    else {
      const m = median(dev);
      console.log(`dev server, save → page rewritten: median ${m.toFixed(2)} s (runs: ${dev.map((x) => x.toFixed(2)).join(", ")})  target ≤ 0.5 s: ${m <= 0.5 ? "PASS" : "MISS"}`);
    }
  }
  await rm(dirs.root, { recursive: true, force: true });
  return { n, msPerReport };
}

const sizes = process.argv.slice(2).map(Number).filter((x) => Number.isInteger(x) && x > 0);
const help = await buildHelp();
const searchFlag = help.includes("--no-search") ? ["--no-search"] : [];
console.log(`# sigreport benchmark — ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`);
const results = [];
const build = await buildCommand();
console.log(`sigreport runs as \`npm run build\` does: ${JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8")).scripts.build}`);
for (const n of sizes.length ? sizes : [1000]) results.push(await benchOne(n, build, searchFlag));
if (results.length > 1) {
  console.log("\n## Growth\n");
  for (const r of results) console.log(`N = ${r.n}: ${r.msPerReport.toFixed(2)} ms per report`);
}
