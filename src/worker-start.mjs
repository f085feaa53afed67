// The entry of every worker thread of ours that runs TypeScript modules (the load workers,
// src/load/load-worker.ts). `workerData.module` names the
// module, relative to this folder and without its extension. Plain JavaScript because Node 20
// starts a worker's entry module without the TypeScript loader the main thread runs under: a
// worker's `execArgv` does not apply `--import tsx` to it (nodejs/node#47747), and under vitest
// there is no such flag to inherit. In the published package this file sits beside the compiled
// modules, which it imports as they are. From a checkout, tsImport loads the real module, and what
// it imports, through tsx in this thread alone, so it works under `tsx`, `node --import tsx` and
// vitest alike, and does not stack a second global loader on Node versions whose workers share the
// main one's. tsx is imported only then: an installed package has no tsx.
import { existsSync } from "node:fs";
import { workerData } from "node:worker_threads";

const module = workerData?.module;
if (typeof module !== "string" || !/^[a-z/-]+$/.test(module)) throw new Error(`worker-start.mjs: no module to run (workerData.module is ${JSON.stringify(module)})`);
const compiled = new URL(`./${module}.js`, import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { tsImport } = await import("tsx/esm/api");
  await tsImport(`./${module}.ts`, import.meta.url);
}
