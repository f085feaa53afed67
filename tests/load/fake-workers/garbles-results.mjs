// A load worker that answers with fewer results than files.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ batch }) => parentPort.postMessage({ type: "done", batch, results: [] }));
parentPort.postMessage({ type: "ready" });
