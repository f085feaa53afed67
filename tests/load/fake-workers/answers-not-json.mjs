// A load worker whose answers are cut short: text that is not JSON, and then JSON that is not a list.
import { parentPort } from "node:worker_threads";

let answered = 0;
parentPort.on("message", ({ batch }) => parentPort.postMessage({ type: "done", batch, results: answered++ % 2 === 0 ? '[[{"value":' : '[{"value":null}]' }));
parentPort.postMessage({ type: "ready" });
