// A load worker that reports every batch as failed.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ batch }) => parentPort.postMessage({ type: "failed", batch, error: "Error: a batch that could not be loaded" }));
parentPort.postMessage({ type: "ready" });
