// A load worker that answers with fewer results than files (an empty list, as ../../../src/load/wire-json.ts writes it).
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ batch }) => parentPort.postMessage({ type: "done", batch, results: "[[]]" }));
parentPort.postMessage({ type: "ready" });
