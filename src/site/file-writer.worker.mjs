// The file writer's thread (see ./file-writer.ts). Plain JavaScript so it starts without the
// TypeScript loader, wherever sigreport runs (tsx, node --import tsx, vitest). It writes what it is
// sent, in order, and says how many bytes it has written; on the first failure it stops and
// says which file, and ignores everything after.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";

const made = new Set();
let failed = false;

function folder(dir) {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

parentPort.on("message", (batch) => {
  if (failed) return;
  let bytes = 0;
  for (const { file, content, append } of batch) {
    try {
      folder(path.dirname(file));
      if (append) appendFileSync(file, content);
      else writeFileSync(file, content);
      bytes += content.length;
    } catch (error) {
      failed = true;
      parentPort.postMessage({ error: `${error.code ?? "error"}: ${error.message}`, file });
      return;
    }
  }
  parentPort.postMessage({ written: bytes, files: batch.filter((item) => !item.append).length });
});
