// `npm run bench [-- N …]` (default 1000): for each N, generates N reports (bench/generate.ts) on
// tmpfs and times, alternating in each round, sigreport's full build (--no-search) as users run it,
// plain Eleventy (one Nunjucks layout, report pages only), Hugo (when installed), the one-thread
// floor (bench/floor.mjs), `sigreport check`, the build with search and Pagefind over plain
// Eleventy's pages; then the dev server's save → page and save → whole site. Prints medians with
// spread, peak memory, start-up (spawn → first report read), and every target of issue #15 as
// PASS or MISS. A script that prints figures: the targets are never asserted by a unit test.
//
// Knobs: BENCH_REPS (rounds, default 3), BENCH_SAVES (dev-server saves, default 5),
// BENCH_SKIP_SERVE=1, BENCH_SKIP_SEARCH=1, BENCH_SIGREPORT=<js entry> (see bench/command.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { sigreportCommand } from "./command.ts";
import { measureDevServer } from "./dev-server.ts";
import { setUpInputs, type BenchInputs } from "./sites.ts";
import { formatSpread, growthExponent, marginalPerThousand, markdownTable, type MemoryPoint, median, mib, millis, ratioLine, seconds, spread, targetLine } from "./stats.ts";
import { targets } from "./targets.ts";

const REPO = path.resolve(import.meta.dirname, "..");
const SCRATCH = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
const REPS = Math.max(1, Number(process.env["BENCH_REPS"] ?? 3));
const SAVES = Math.max(1, Number(process.env["BENCH_SAVES"] ?? 5));
const SKIP_SERVE = process.env["BENCH_SKIP_SERVE"] === "1";
const SKIP_SEARCH = process.env["BENCH_SKIP_SEARCH"] === "1";
const PROBE = path.join(REPO, "bench/probe.mjs");
const ELEVENTY = path.join(REPO, "node_modules/@11ty/eleventy/cmd.cjs");
const PAGEFIND = path.join(REPO, "node_modules/pagefind/lib/runner/bin.cjs");
const FLOOR = path.join(REPO, "bench/floor.mjs");
const HAS_HUGO = spawnSync("hugo", ["version"]).status === 0;
const HAS_TIME = existsSync("/usr/bin/time");

interface Sample {
  seconds: number;
  peakBytes?: number;
  /** Spawn → this process (any thread) first read a report file. */
  firstRead?: number;
  pages: number;
}

async function countPages(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  return (await readdir(dir, { recursive: true })).filter((e) => e.endsWith(".html")).length;
}

/**
 * Runs one command to its end. Node processes get bench/probe.mjs preloaded (peak memory, first
 * report read); other programs are measured by /usr/bin/time (peak of the largest process).
 */
async function timed(command: string, args: string[], cwd: string, out: string, node: boolean): Promise<Sample> {
  const probe = path.join(SCRATCH, `sigreport-probe-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [cmd, argv] = node ? [process.execPath, ["--import", PROBE, ...args]] : HAS_TIME ? ["/usr/bin/time", ["-f", "peak %M", "-o", probe, command, ...args]] : [command, args];
  const spawnedAt = Date.now();
  const started = performance.now();
  const result = spawnSync(cmd, argv, { cwd, env: { ...process.env, BENCH_PROBE_FILE: probe }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const secs = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${(result.stderr || result.stdout).slice(-2000)}`);
  const sample: Sample = { seconds: secs, pages: await countPages(out) };
  const lines = existsSync(probe) ? (await readFile(probe, "utf8")).trim().split("\n") : [];
  await rm(probe, { force: true });
  const peaks = lines.filter((l) => l.startsWith("peak ")).map((l) => Number(l.slice(5)));
  if (peaks.length) sample.peakBytes = Math.max(...peaks) * (node ? 1 : 1024);
  const reads = lines.filter((l) => l.startsWith("first-read ")).map((l) => Number(l.slice(11)));
  if (reads.length) sample.firstRead = (Math.min(...reads) - spawnedAt) / 1000;
  return sample;
}

interface Contender {
  key: string;
  label: string;
  run(inputs: BenchInputs, outs: (key: string) => string): Promise<Sample>;
}

function contenders(sigreport: string[]): Contender[] {
  const list: Contender[] = [
    {
      key: "sigreport",
      label: "sigreport build --no-search",
      run: (d, o) => timed("sigreport", [...sigreport, "build", "--content", d.content, "--output", o("sigreport"), "--quiet", "--no-search"], REPO, o("sigreport"), true),
    },
    {
      key: "eleventy",
      label: "plain Eleventy",
      run: (d, o) => timed("eleventy", [ELEVENTY, "--input=.", `--output=${o("eleventy")}`, "--quiet"], d.plain, o("eleventy"), true),
    },
  ];
  if (HAS_HUGO) list.push({ key: "hugo", label: "Hugo", run: (d, o) => timed("hugo", ["--quiet", "-s", d.hugo, "-d", o("hugo")], d.hugo, o("hugo"), false) });
  list.push(
    { key: "floor", label: "floor, one thread", run: (d, o) => timed("floor", [FLOOR, d.content, o("floor")], REPO, o("floor"), true) },
    { key: "check", label: "sigreport check", run: (d) => timed("check", [...sigreport, "check", "--content", d.content], REPO, "", true) },
  );
  if (!SKIP_SEARCH) {
    list.push(
      {
        key: "search",
        label: "sigreport build (with search)",
        run: (d, o) => timed("sigreport", [...sigreport, "build", "--content", d.content, "--output", o("search"), "--quiet"], REPO, o("search"), true),
      },
      {
        key: "pagefind",
        label: "Pagefind over plain Eleventy's pages",
        // Runs after "eleventy" in the same round, over that round's output.
        run: (_d, o) => timed(PAGEFIND, ["--site", o("eleventy"), "--silent"], REPO, "", !HAS_TIME),
      },
    );
  }
  return list;
}

interface Result {
  n: number;
  peak?: number;
}

async function benchOne(n: number, sigreport: string[]): Promise<Result> {
  const inputs = await setUpInputs(SCRATCH, n);
  try {
    return await measure(n, inputs, sigreport);
  } finally {
    await rm(inputs.root, { recursive: true, force: true });
  }
}

async function measure(n: number, inputs: BenchInputs, sigreport: string[]): Promise<Result> {
  console.log(`\n## N = ${n.toLocaleString("en")} reports: ${REPS} round(s), each command once a round in turn; output on ${SCRATCH}; load average ${loadavg()[0]!.toFixed(1)}\n`);
  const runs = contenders(sigreport);
  const samples = new Map<string, Sample[]>(runs.map((c) => [c.key, []]));
  const outs = (key: string) => path.join(inputs.root, `out-${key}`);
  for (let rep = 0; rep < REPS; rep++) {
    for (const c of runs) {
      if (c.key !== "pagefind") await rm(outs(c.key), { recursive: true, force: true });
      samples.get(c.key)!.push(await c.run(inputs, outs));
      process.stdout.write(".");
    }
  }
  process.stdout.write("\n\n");

  const time = (key: string) => (samples.get(key)?.length ? median(samples.get(key)!.map((s) => s.seconds)) : undefined);
  const peakOf = (key: string) => {
    const peaks = (samples.get(key) ?? []).flatMap((s) => (s.peakBytes === undefined ? [] : [s.peakBytes]));
    return peaks.length ? median(peaks) : undefined;
  };
  const rows = runs.map((c) => {
    const s = samples.get(c.key)!;
    const reads = s.flatMap((x) => (x.firstRead === undefined ? [] : [x.firstRead]));
    return [c.label, formatSpread(spread(s.map((x) => x.seconds))), mib(peakOf(c.key)), reads.length ? formatSpread(spread(reads), millis) : "n/a", s[0]!.pages ? s[0]!.pages.toLocaleString("en") : "—"];
  });
  console.log(markdownTable(["command", "wall time, median (min–max)", "peak memory (RSS)", "spawn → first report read", "pages"], rows));

  const a = time("sigreport")!;
  console.log("");
  console.log(targetLine("sigreport, ms per report", `${((a * 1000) / n).toFixed(2)} ms`));
  console.log(ratioLine("sigreport / plain Eleventy", a, time("eleventy")!, targets.eleventyRatio(n)));
  console.log(ratioLine("sigreport / floor, one thread", a, time("floor")!, targets.floorRatio));
  if (HAS_HUGO) console.log(ratioLine("sigreport / Hugo (stretch)", a, time("hugo")!, targets.hugoRatio));
  else console.log("sigreport / Hugo: hugo is not installed (apt-get install -y hugo); skipped.");
  const peak = peakOf("sigreport");
  const peakLimit = targets.peakBytes(n);
  if (peak !== undefined) console.log(targetLine("sigreport peak memory", mib(peak), peakLimit === undefined ? undefined : { limit: mib(peakLimit), pass: peak <= peakLimit }));
  console.log(ratioLine("sigreport check / build", time("check")!, a, targets.checkRatio));
  if (!SKIP_SEARCH) {
    const withSearch = time("search")!;
    const pagefind = time("pagefind")!;
    console.log(targetLine("search: the index's share (build − --no-search)", seconds(withSearch - a)));
    console.log(
      targetLine("search: build + index", seconds(withSearch), {
        limit: `${seconds(a + pagefind)}, build --no-search + Pagefind(plain Eleventy)`,
        pass: withSearch <= a + pagefind,
      }),
    );
    console.log(targetLine("search: plain Eleventy + Pagefind, for scale", seconds(time("eleventy")! + pagefind)));
  }

  if (!SKIP_SERVE) {
    const dev = await measureDevServer(REPO, sigreport, inputs.content, path.join(inputs.root, "serve-out"), SAVES);
    if (dev.page.length) {
      const page = spread(dev.page);
      console.log(targetLine("dev server, save → that report's page", millis(page.median), { limit: millis(targets.savePage(n)), pass: page.median <= targets.savePage(n), note: `${millis(page.min)}–${millis(page.max)} over ${page.runs} saves` }));
    }
    if (dev.site.length) {
      const site = spread(dev.site);
      console.log(targetLine("dev server, save → whole site (reports.json)", millis(site.median), { limit: millis(targets.saveSite(n)), pass: site.median <= targets.saveSite(n), note: `${millis(site.min)}–${millis(site.max)}` }));
    }
    if (dev.problem) console.log(`dev server: ${dev.problem}: MISS`);
  }
  return peak === undefined ? { n } : { n, peak };
}

const sizes = process.argv.slice(2).map(Number).filter((x) => Number.isInteger(x) && x > 0);
const command = sigreportCommand(REPO);
console.log(`# sigreport benchmark: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`);
console.log(`sigreport runs as ${command.describe}`);
if (!HAS_HUGO) console.log("Hugo is not installed (apt-get install -y hugo): its column is skipped.");
const results: Result[] = [];
for (const n of sizes.length ? sizes : [1000]) results.push(await benchOne(n, command.nodeArgs));
const points: MemoryPoint[] = results.flatMap((r) => (r.peak === undefined ? [] : [{ n: r.n, bytes: r.peak }]));
const k = growthExponent(points);
if (k !== undefined) {
  console.log("\n## Growth\n");
  console.log(points.map((p) => `N = ${p.n.toLocaleString("en")}: ${mib(p.bytes)}`).join("; "));
  console.log(targetLine("sigreport peak memory ∝ N^k, k =", k.toFixed(2), { limit: "1.00 (sub-linear)", pass: k < 1 }));
  for (const m of marginalPerThousand(points) ?? []) {
    console.log(targetLine(`  added per 1,000 reports, ${m.from.toLocaleString("en")} → ${m.to.toLocaleString("en")}`, mib(m.bytes)));
  }
}
