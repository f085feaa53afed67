// The load worker's entry, in plain JavaScript because Node 20 starts a worker's entry module
// without the TypeScript loader the main thread runs under: a worker's `execArgv` does not apply
// `--import tsx` to it (nodejs/node#47747), and under vitest there is no such flag to inherit.
// In the published package this file sits beside the compiled load-worker.js, imported as it is.
// From a checkout, tsImport loads the real entry, and what it imports, through tsx in this thread
// alone, so it works under `tsx`, `node --import tsx` and vitest alike, and does not stack a second
// global loader on Node versions whose workers share the main one's. tsx is imported only then: an
// installed package has no tsx.
import { existsSync } from "node:fs";

const compiled = new URL("./load-worker.js", import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { tsImport } = await import("tsx/esm/api");
  await tsImport("./load-worker.ts", import.meta.url);
}
