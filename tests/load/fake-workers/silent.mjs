// A load worker that starts, takes batches and never answers.
import { parentPort } from "node:worker_threads";

parentPort.on("message", () => {});
parentPort.postMessage({ type: "ready" });
