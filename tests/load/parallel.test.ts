// Loading reports in worker threads (src/load/parallel.ts) must change no result: the same archive,
// deep-equal and in the same order, the same diagnostics in the same order, and the same answers
// from each report's positions, whether a file loads in the main thread or in a worker; and a
// worker that fails must cost time, never a file or a diagnostic.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateContent } from "../../bench/generate.ts";
import { type LoadCache, type LoadOptions, loadArchive } from "../../src/load/load-archive.ts";
import { type FileResult, loadContentFile } from "../../src/load/load-content-file.ts";
import { type FromWorker, LOAD_WORKERS, LoadPool, MIN_REPORTS_FOR_WORKERS, type PoolOptions, type ReportTask, type ToWorker, loadReportsInParallel, toWire, workersFor } from "../../src/load/parallel.ts";
import { walkContent } from "../../src/load/walk.ts";
import { fromWireJson } from "../../src/load/wire-json.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";
import { BAD_CASES, FIXTURES, FIXTURE_FOLDERS, fixtureCopies } from "../helpers/fixtures.ts";

const HERE: LoadOptions = { workers: 0 };
/** One worker that loads every report, so that even a folder of three reports takes the workers' path. */
const THERE: LoadOptions = { workers: 1, workersOnly: true };

const fixtures = fixtureCopies();
const temps: string[] = [];
afterAll(() => Promise.all([fixtures.remove(), ...temps.map((dir) => rm(dir, { recursive: true, force: true }))]));
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sigreport-parallel-"));
  temps.push(dir);
  return dir;
}

const contentOf = (dir: string) => fixtures.contentOf(dir);

async function reportTasks(content: string): Promise<ReportTask[]> {
  const display = (rel: string) => `${path.basename(content)}/${rel}`;
  const { files } = await walkContent(content, display);
  return files.flatMap((file) => (file.kind === "report" ? [{ file, shown: display(file.rel) }] : []));
}

/** A result with its positions function replaced by its answers for every field the model has, and two it may lack. */
function comparable(result: FileResult) {
  if (result.kind !== "report" || !result.value) return result;
  const { draft, positions } = result.value;
  const keys = [...Object.keys(draft.data), "workProducts", "quarter", "toString"];
  return { ...result, value: { draft, positions: keys.map((key) => [key, positions(key)]) } };
}

const inThread = (tasks: readonly ReportTask[]) => Promise.all(tasks.map((task) => loadContentFile(task.file, task.shown, {})));

describe("a report loads the same in a worker as in the main thread", () => {
  // The pool hides a worker that hands its batches back (the main thread loads them instead), so
  // the worker is asked directly: it must answer every fixture's reports itself.
  it("answers for every report of every fixture folder itself, handing no batch back", async () => {
    const tasks = (await Promise.all(FIXTURE_FOLDERS.map(async (dir) => reportTasks(await contentOf(dir))))).flat();
    const worker = new Worker(new URL("../../src/worker-start.mjs", import.meta.url), { workerData: { module: "load/load-worker" } });
    try {
      const replies: FromWorker[] = [];
      const answered = new Promise<void>((resolve, reject) => {
        worker.on("error", reject);
        worker.on("message", (reply: FromWorker) => {
          replies.push(reply);
          if (reply.type === "ready") {
            worker.postMessage({ batch: 0, files: tasks.map(toWire), options: {} } satisfies ToWorker);
          } else resolve();
        });
      });
      await answered;
      const reply = replies.at(-1)!;
      expect(reply.type === "failed" ? reply.error : reply.type).toBe("done");
      expect(reply.type === "done" && fromWireJson<unknown[]>(reply.results).length).toBe(tasks.length);
    } finally {
      await worker.terminate();
    }
  });

  it("for every report of every fixture folder (one worker loads them all)", async () => {
    const tasks = (await Promise.all(FIXTURE_FOLDERS.map(async (dir) => reportTasks(await contentOf(dir))))).flat();
    expect(tasks.length).toBeGreaterThan(50);
    const there = await loadReportsInParallel(tasks, 1, {}, { mainThread: false });
    const here = await inThread(tasks);
    expect(there.map(comparable)).toStrictEqual(here.map(comparable));
    // The walk's own Quarter, not a clone of one: reports compare and sort by it.
    there.forEach((result, i) => {
      if (result.kind === "report" && result.value) expect(result.value.draft.quarter).toBe(tasks[i]!.file.quarter);
    });
  });
});

describe("a folder loads the same with workers as without", () => {
  const CROSS_FILE = ["work-product-vanished", "duplicate-report", "missing-group-index", "retired-group", "many-broken-files", "crlf", "invalid-utf8"];
  const folders = [EXAMPLE_CONTENT, path.join(FIXTURES, "oversight"), ...CROSS_FILE.map((name) => path.join(BAD_CASES, name))];

  it.each(folders.map((dir) => [path.relative(process.cwd(), dir), dir]))("%s", async (_name, dir) => {
    const content = await contentOf(dir);
    expect(await loadArchive(content, THERE)).toStrictEqual(await loadArchive(content, HERE));
  });

  describe("300 generated reports", () => {
    let content: string;
    beforeAll(async () => {
      content = path.join(await tempDir(), "content");
      await generateContent(content, 300);
    });

    it("all loaded in the worker", async () => {
      expect(await loadArchive(content, THERE)).toStrictEqual(await loadArchive(content, HERE));
    });

    it("shared between the main thread and a worker, below the default threshold", async () => {
      expect(await loadArchive(content, { workers: 1 })).toStrictEqual(await loadArchive(content, HERE));
    });

    it("and read by the slow YAML path", async () => {
      expect(await loadArchive(content, { ...THERE, fastYaml: false })).toStrictEqual(await loadArchive(content, { ...HERE, fastYaml: false }));
    });

    it("into a watch-mode cache, whose next load reuses the workers' results", async () => {
      const cache: LoadCache = new Map();
      const first = await loadArchive(content, { ...THERE, cache });
      expect(cache.size).toBe(300 + 8 + 1);
      const second = await loadArchive(content, { ...THERE, cache });
      expect(second).toStrictEqual(await loadArchive(content, HERE));
      expect(second.archive.reports[0]!.sections).toBe(first.archive.reports[0]!.sections);
    });
  });
});

describe("a pool once run and stopped", () => {
  // A stopped Worker lingers until its thread is gone, holding its listeners and so the pool's
  // own worker objects: holding the run too kept every in-thread report's front matter alive
  // (37 MiB at 10,000 reports) through the whole build.
  it("holds none of the run's results", async () => {
    setFlagsFromString("--expose-gc");
    const collect = runInNewContext("gc") as () => void;
    const tasks = await reportTasks(await contentOf(EXAMPLE_CONTENT));
    const pool = new LoadPool(1);
    const results = new WeakRef(await pool.run(tasks, {}));
    pool.stop();
    // A WeakRef keeps its target until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect();
    expect(results.deref()).toBeUndefined();
    expect(pool.size).toBe(1);
  });
});

describe("when to start workers", () => {
  it("only for enough reports to parse, counted after the cache; a number forces them", () => {
    expect(workersFor(MIN_REPORTS_FOR_WORKERS - 1)).toBe(0);
    expect(workersFor(MIN_REPORTS_FOR_WORKERS)).toBe(LOAD_WORKERS);
    expect(workersFor(0, 1)).toBe(0);
    expect(workersFor(3, 1)).toBe(1);
    expect(workersFor(100_000, 0)).toBe(0);
  });

  it("one worker per spare core, at least none", () => {
    expect(LOAD_WORKERS).toBe(Math.max(0, Math.min(7, os.availableParallelism() - 1)));
  });
});

describe("a worker that fails costs no file and no diagnostic", () => {
  let tasks: ReportTask[];
  let here: FileResult[];
  beforeAll(async () => {
    const content = path.join(await tempDir(), "content");
    await generateContent(content, 40);
    // A broken report too: its diagnostics must survive the fallback.
    await writeFile(path.join(content, "groups/group-001/2010-Q1.md"), "---\nquarter: 2019-Q2\nagenda: 12\n---\n");
    tasks = await reportTasks(content);
    here = await inThread(tasks);
  });

  const fake = (name: string) => new URL(`./fake-workers/${name}`, import.meta.url);
  const cases: [string, PoolOptions][] = [
    ["one that cannot start", { entry: fake("crash-at-start.mjs") }],
    ["one that dies with files in hand", { entry: fake("exit-on-first-batch.mjs") }],
    ["one that never answers", { entry: fake("silent.mjs"), stallMs: 300 }],
    ["one that fails its batches", { entry: fake("fails-batches.mjs") }],
    ["one that answers for fewer files than it was sent", { entry: fake("garbles-results.mjs") }],
    ["one whose answers are not the JSON it writes", { entry: fake("answers-not-json.mjs") }],
  ];
  it.each(cases)("%s", async (_name, pool) => {
    const there = await loadReportsInParallel(tasks, 2, {}, { ...pool, mainThread: false });
    expect(there.map(comparable)).toStrictEqual(here.map(comparable));
  });
});

describe("the worker finds the TypeScript loader, and the process exits promptly", () => {
  const run = promisify(execFile);
  const script = (content: string) => `
    import { loadArchive } from ${JSON.stringify(pathToFileURL(path.resolve("src/load/load-archive.ts")).href)};
    const started = performance.now();
    const there = await loadArchive(${JSON.stringify(content)}, { workers: 1, workersOnly: true });
    const here = await loadArchive(${JSON.stringify(content)}, { workers: 0 });
    const { isDeepStrictEqual } = await import("node:util");
    console.log(JSON.stringify({ reports: there.archive.reports.length, same: isDeepStrictEqual(there, here), ms: performance.now() - started }));
  `;
  const launchers: [string, (file: string) => [string, string[]]][] = [
    ["tsx", (file) => [path.resolve("node_modules/.bin/tsx"), [file]]],
    ["node --import tsx", (file) => [process.execPath, ["--import", "tsx", file]]],
  ];
  it.each(launchers)("under %s", async (_name, launch) => {
    const file = path.join(await tempDir(), "load.mts");
    await writeFile(file, script(path.join(FIXTURES, "oversight")));
    const [command, args] = launch(file);
    const started = Date.now();
    const { stdout } = await run(command, args, { cwd: process.cwd(), timeout: 30_000 });
    const elapsed = Date.now() - started;
    const out = JSON.parse(stdout.trim().split("\n").at(-1)!) as { reports: number; same: boolean; ms: number };
    expect(out.same).toBe(true);
    expect(out.reports).toBeGreaterThan(10);
    // Exits once loaded: a worker left running would hold the process open.
    expect(elapsed - out.ms).toBeLessThan(5_000);
  });
});
