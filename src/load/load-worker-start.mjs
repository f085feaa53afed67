// The load worker's entry, in plain JavaScript because Node 20 starts a worker's entry module
// without the TypeScript loader the main thread runs under: a worker's `execArgv` does not apply
// `--import tsx` to it (nodejs/node#47747), and under vitest there is no such flag to inherit.
// tsImport loads the real entry, and what it imports, through tsx in this thread alone, so it
// works under `tsx`, `node --import tsx`, bin/sigreport.js (tsx's register()) and vitest alike,
// and does not stack a second global loader on Node versions whose workers share the main one's.
import { tsImport } from "tsx/esm/api";

await tsImport("./load-worker.ts", import.meta.url);
