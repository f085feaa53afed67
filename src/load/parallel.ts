// Loads report files on the main thread and in worker threads at once. Parsing (YAML, zod,
// Markdown) is CPU-bound and each file is independent, so the files are split between threads;
// the cross-file work (assembly, archive checks) stays on the main thread.
//
// The threads take files from one queue: the main thread loads its own share while the workers
// start (importing zod, js-yaml, markdown-it under tsx takes most of a second), and whoever is
// free takes the next files, so a busy core elsewhere on the machine only shifts the split. A
// worker that fails, crashes or stalls gives its files back to the queue, and the main thread
// loads them: no file and no diagnostic is lost, and the load never waits on a dead worker.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { shareShortStrings } from "../compact-strings.ts";
import type { Cadence } from "../model/schema.ts";
import { runsFromSource } from "../package-paths.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { type FileResult, loadContentFile } from "./load-content-file.ts";
import type { LoadTextOptions, ReportDraft } from "./load-file.ts";
import { rereadPositions } from "./reread-positions.ts";
import type { ContentFile } from "./walk.ts";
import { fromWireJson } from "./wire-json.ts";

/** More threads than this gain little: the main thread's own share, parsing results back and assembly bound the load. */
const MAX_LOAD_WORKERS = 7;

/** One thread per core besides the main one's. */
export const LOAD_WORKERS = Math.max(0, Math.min(MAX_LOAD_WORKERS, os.availableParallelism() - 1));

/**
 * Fewest reports to parse for workers to pay: a worker must start (import zod, js-yaml,
 * markdown-it, yaml) before it takes a share, and its results are parsed back on this thread.
 *
 * From the sources (tsx: a checkout's `npm run build`, the tests), measured on 2 cores (AMD EPYC
 * VM), Node 20, synthetic ~11 KB reports, medians of 3, idle machine: a worker is ready 0.7–1.0 s
 * after `new Worker` (tsx transpiles every module again in it), and its start-up takes 1–1.5 s of
 * CPU from the main thread's core too; loading in-thread vs with one worker started at the walk's
 * first report: 1,000 reports 1.19 s vs 1.47 s; 2,000: 2.19 vs 1.90; 10,000: 9.0 vs 6.2. Break-even
 * near 1,500.
 *
 * Compiled (the package, what users run), a worker is ready in ~0.15–0.25 s and costs the main
 * thread almost nothing; see the README's Performance section for the figures behind this number.
 */
export const MIN_REPORTS_FOR_WORKERS = runsFromSource ? 2000 : 500;

/** How many workers to start for `reportsToParse` reports; `requested` overrides the default (tests, benchmarks). */
export function workersFor(reportsToParse: number, requested?: number): number {
  if (reportsToParse === 0) return 0;
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  return reportsToParse >= MIN_REPORTS_FOR_WORKERS ? LOAD_WORKERS : 0;
}

export type ReportFile = Extract<ContentFile, { kind: "report" }>;

export interface ReportTask {
  file: ReportFile;
  /** How diagnostics name the file. */
  shown: string;
  /** The group's cadence (default quarterly): the period the report's agenda may span. */
  cadence?: Cadence;
}

/** A report file as sent to a worker: a Quarter is a class, so it travels as its year and number. */
export interface WireReport {
  group: string;
  abs: string;
  rel: string;
  shown: string;
  year: number;
  number: ReportFile["quarter"]["number"];
  cadence?: Cadence;
}

/** A draft as it crosses: its Quarter, a class, which JSON cannot carry, the main thread puts back. */
export type WireDraft = Omit<ReportDraft, "quarter"> & { quarter: null };

export interface WireResult {
  value: { draft: WireDraft } | undefined;
  diagnostics: Diagnostic[];
}

export interface ToWorker {
  batch: number;
  files: WireReport[];
  options: LoadTextOptions;
}

export type FromWorker =
  | { type: "ready" }
  /** `results`: the batch's WireResult[] as ./wire-json.ts writes it. */
  | { type: "done"; batch: number; results: string }
  | { type: "failed"; batch: number; error: string };

/** Every load worker starts here (src/worker-start.mjs), which runs ./load-worker.ts. */
const WORKER_START = new URL("../worker-start.mjs", import.meta.url);
const WORKER_MODULE = { module: "load/load-worker" };

/** Files the main thread loads between looks at the workers' messages (≈1 ms each). */
const MAIN_CHUNK = 8;
/** Batches a worker holds, so it never waits while the main thread is busy loading. */
const BATCHES_AHEAD = 2;
const MAX_BATCH = 32;
const MIN_BATCH = 4;
/** A worker silent this long while the main thread waits on it is given up; its files are loaded here. */
const STALL_MS = 30_000;

export interface PoolOptions {
  /** The worker's entry (tests: a worker that crashes or hangs). */
  entry?: URL;
  stallMs?: number;
}

export interface RunOptions {
  /** Whether this thread loads files too (default true). False leaves them to the workers while any is alive, so tests of small folders exercise the workers' path. */
  mainThread?: boolean;
}

/**
 * Worker threads that load reports, started before their files are known: a load starts them as
 * soon as the walk has found enough reports, so that they start while the walk waits on the disk.
 */
export class LoadPool {
  private readonly workers: LoadWorker[];
  private readonly stallMs: number;
  private used = false;

  constructor(count: number, { entry = WORKER_START, stallMs = STALL_MS }: PoolOptions = {}) {
    this.workers = Array.from({ length: count }, () => new LoadWorker(entry));
    this.stallMs = stallMs;
  }

  get size(): number {
    return this.workers.length;
  }

  /** Loads every task, in the workers and this thread; results are in the tasks' order. Once per pool. */
  async run(tasks: readonly ReportTask[], options: LoadTextOptions, { mainThread = true }: RunOptions = {}): Promise<FileResult[]> {
    if (this.used) throw new Error("a LoadPool runs once");
    this.used = true;
    const { workers, stallMs } = this;
    const results: (FileResult | undefined)[] = new Array(tasks.length);
    const queue = new TaskQueue(tasks.length);
    const textOptions: LoadTextOptions = { ...(options.fastYaml !== undefined && { fastYaml: options.fastYaml }) };
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };

    // Guided: large batches while much is left, small ones at the end, so no thread ends long before another.
    const batchSize = () => Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.ceil(queue.remaining / (4 * (workers.length + 1)))));
    for (const worker of workers) {
      worker.attach({
        next: () => queue.take(batchSize()).map((index) => ({ index, wire: toWire(tasks[index]!) })),
        store: (index, result) => {
          results[index] = fromWire(tasks[index]!, result);
        },
        giveBack: (indexes) => {
          queue.giveBack(indexes);
          // A worker left idle by an empty queue takes its share of what came back.
          for (const other of workers) other.feed();
        },
        options: textOptions,
        notify,
      });
    }

    try {
      for (;;) {
        const here = mainThread || !workers.some((worker) => worker.alive);
        const chunk = here ? queue.take(MAIN_CHUNK) : [];
        if (chunk.length > 0) {
          await Promise.all(
            chunk.map(async (index) => {
              const { file, shown, cadence } = tasks[index]!;
              results[index] = await loadContentFile(file, shown, options, cadence);
            }),
          );
          continue;
        }
        const awaited = workers.filter((worker) => worker.busy || (worker.alive && queue.remaining > 0));
        if (awaited.length === 0) {
          if (queue.remaining === 0) break;
          continue;
        }
        // Nothing to take here: wait for a worker to start, finish, fail, or be found stalled.
        const woken = new Promise<void>((resolve) => (wake = resolve));
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, stallMs)));
        await Promise.race([woken, timeout]);
        clearTimeout(timer);
        for (const worker of awaited) if (worker.silentFor() >= stallMs) worker.fail();
      }
    } finally {
      this.stop();
    }

    const missing = results.findIndex((result) => result === undefined);
    if (missing !== -1) throw new Error(`${tasks[missing]!.file.rel} was never loaded`);
    return results as FileResult[];
  }

  /** Ends the workers; a pool that is never run must be stopped, or its workers keep the process alive. */
  stop(): void {
    for (const worker of this.workers) worker.stop();
  }
}

/** Loads every task, in `workerCount` new workers and this thread; results are in the tasks' order. */
export function loadReportsInParallel(
  tasks: readonly ReportTask[],
  workerCount: number,
  options: LoadTextOptions,
  pool: PoolOptions & RunOptions = {},
): Promise<FileResult[]> {
  return new LoadPool(workerCount, pool).run(tasks, options, pool);
}

/** Indexes of tasks not yet taken: in order first, then any a failed worker gave back. */
class TaskQueue {
  private cursor = 0;
  private readonly returned: number[] = [];

  constructor(private readonly size: number) {}

  get remaining(): number {
    return this.size - this.cursor + this.returned.length;
  }

  take(count: number): number[] {
    const out = this.returned.splice(0, count);
    const end = Math.min(this.size, this.cursor + count - out.length);
    for (; this.cursor < end; this.cursor++) out.push(this.cursor);
    return out;
  }

  giveBack(indexes: readonly number[]): void {
    this.returned.push(...indexes);
  }
}

interface LoadWorkerHooks {
  next(): { index: number; wire: WireReport }[];
  store(index: number, result: WireResult): void;
  giveBack(indexes: readonly number[]): void;
  options: LoadTextOptions;
  notify(): void;
}

class LoadWorker {
  private worker: Worker | undefined;
  private hooks: LoadWorkerHooks | undefined;
  private readonly outstanding = new Map<number, number[]>();
  private nextBatch = 0;
  private dead = false;
  private ready = false;
  private lastHeard = Date.now();

  constructor(entry: URL) {
    try {
      this.worker = new Worker(entry, { workerData: WORKER_MODULE });
    } catch {
      // Out of threads or memory: the main thread loads everything, as without workers.
      this.dead = true;
      return;
    }
    this.worker.on("message", (message: FromWorker) => this.onMessage(message));
    this.worker.on("error", () => this.fail());
    this.worker.on("messageerror", () => this.fail());
    this.worker.on("exit", () => this.fail());
  }

  /** Connects the worker to a run's queue; it takes files once it is ready. */
  attach(hooks: LoadWorkerHooks): void {
    this.hooks = hooks;
    // Until now it was waiting for files to be known, not silent.
    this.lastHeard = Date.now();
    this.feed();
  }

  /** Whether this worker is starting or working (not failed or stopped). */
  get alive(): boolean {
    return !this.dead;
  }

  /** Whether files are out with this worker. */
  get busy(): boolean {
    return this.outstanding.size > 0;
  }

  silentFor(): number {
    return Date.now() - this.lastHeard;
  }

  /** Gives this worker's files back to the queue and ends it. */
  fail(): void {
    if (this.dead) return;
    this.dead = true;
    for (const indexes of this.outstanding.values()) this.hooks?.giveBack(indexes);
    this.outstanding.clear();
    void this.worker?.terminate();
    this.hooks?.notify();
    this.hooks = undefined;
  }

  stop(): void {
    this.dead = true;
    // A terminated Worker lingers for a while, holding its listeners, so this object: the run's
    // hooks would keep every result of the run (each in-thread report's front matter with it).
    this.hooks = undefined;
    void this.worker?.terminate();
  }

  private onMessage(message: FromWorker): void {
    if (this.dead) return;
    this.lastHeard = Date.now();
    if (message.type === "ready") {
      this.ready = true;
      this.feed();
      this.hooks?.notify();
      return;
    }
    const indexes = this.outstanding.get(message.batch);
    if (!indexes) return;
    const results = message.type === "done" ? resultsOf(message.results) : undefined;
    if (results?.length !== indexes.length) {
      this.fail(); // which gives this batch back with the others
      return;
    }
    this.outstanding.delete(message.batch);
    indexes.forEach((index, i) => this.hooks!.store(index, results[i]!));
    this.feed();
    this.hooks!.notify();
  }

  /** Tops this worker up to BATCHES_AHEAD batches, once it is ready and while files are left. */
  feed(): void {
    while (this.ready && !this.dead && this.hooks && this.outstanding.size < BATCHES_AHEAD && this.send());
  }

  private send(): boolean {
    const taken = this.hooks!.next();
    if (taken.length === 0) return false;
    const batch = this.nextBatch++;
    this.outstanding.set(
      batch,
      taken.map((t) => t.index),
    );
    this.worker!.postMessage({ batch, files: taken.map((t) => t.wire), options: this.hooks!.options } satisfies ToWorker);
    return true;
  }
}

/** A batch's results, or undefined for text that is not what a worker writes. */
function resultsOf(text: string): WireResult[] | undefined {
  try {
    const results = fromWireJson<unknown>(text);
    return Array.isArray(results) ? (results as WireResult[]) : undefined;
  } catch {
    return undefined;
  }
}

/** A task as a worker is sent it. */
export function toWire({ file, shown, cadence }: ReportTask): WireReport {
  return { group: file.group, abs: file.abs, rel: file.rel, shown, year: file.quarter.year, number: file.quarter.number, ...(cadence && { cadence }) };
}

/** A worker's result as the in-thread load makes it: the walk's own Quarter, and positions found on demand. */
function fromWire({ file, shown }: ReportTask, { value, diagnostics }: WireResult): FileResult {
  if (!value) return { kind: "report", value: undefined, diagnostics };
  // Assigned, not spread: the draft keeps its keys' order, so models compare equal key by key.
  const draft = shareShortStrings(value.draft as Omit<WireDraft, "quarter"> as ReportDraft);
  draft.quarter = file.quarter;
  return { kind: "report", value: { draft, positions: rereadPositions(file.abs, shown, draft.data) }, diagnostics };
}
