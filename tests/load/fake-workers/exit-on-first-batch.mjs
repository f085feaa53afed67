// A load worker that starts, then dies with its first batch in hand.
import { parentPort } from "node:worker_threads";

parentPort.on("message", () => process.exit(3));
parentPort.postMessage({ type: "ready" });
