// A worker thread that loads report files for ./parallel.ts: it is sent batches of files, reads
// and loads each with the same code as the main thread, and sends the results back as JSON (./wire-json.ts).
import { parentPort } from "node:worker_threads";
import { Quarter } from "../model/quarter.ts";
import { loadContentFile } from "./load-content-file.ts";
import { toWireJson } from "./wire-json.ts";
import type { FromWorker, ToWorker, WireReport, WireResult } from "./parallel.ts";

const port = parentPort;
if (!port) throw new Error("load-worker.ts runs only as a worker thread");

port.on("message", (message: ToWorker) => {
  void loadBatch(message)
    .then((results) => toWireJson(results satisfies WireResult[]))
    .then(
      (results) => port.postMessage({ type: "done", batch: message.batch, results } satisfies FromWorker),
      // The loaders never throw on content; anything else (a value JSON cannot carry, too) is handed
      // back, and the main thread loads the batch itself, so the error (if it is one there too)
      // surfaces as it would without workers.
      (error: unknown) => port.postMessage({ type: "failed", batch: message.batch, error: String(error) } satisfies FromWorker),
    );
});
port.postMessage({ type: "ready" } satisfies FromWorker);

async function loadBatch({ files, options }: ToWorker) {
  return Promise.all(
    files.map(async (file: WireReport) => {
      const { group, abs, rel, shown, year, number, cadence } = file;
      const result = await loadContentFile({ kind: "report", group, quarter: Quarter.of(year, number), abs, rel }, shown, options, cadence);
      if (result.kind !== "report") throw new Error(`${rel} did not load as a report`);
      // Positions are a function and the quarter a class: the main thread rebuilds them (./reread-positions.ts).
      return { value: result.value && { draft: { ...result.value.draft, quarter: null } }, diagnostics: result.diagnostics } satisfies WireResult;
    }),
  );
}
