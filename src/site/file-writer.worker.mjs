// The file writer's thread (see ./file-writer.ts). Plain JavaScript so it starts without the
// TypeScript loader, wherever sigreport runs (tsx, node --import tsx, vitest). It writes what it is
// sent, in order (a file sent in pieces stays open until its end; a piece may be bytes copied from
// the file's last version, see ./reused-pieces.ts), and says how many characters it has written; on
// the first failure it stops, says which file, and ignores everything after.
import { closeSync, mkdirSync, openSync, readSync, renameSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";

const made = new Set();
let failed = false;
/** The file being written piece by piece, open until its `end`. */
let open;
const COPY_CHUNK = 4 * 1024 * 1024;
let copyBuffer;

function folder(dir) {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

function piece({ file, content, append, copy, from }) {
  if (!open || open.file !== file) {
    if (open) closeSync(open.fd);
    folder(path.dirname(file));
    open = { file, fd: openSync(file, append ? "a" : "w") };
  }
  if (copy === undefined) {
    writeSync(open.fd, content);
    return;
  }
  copyBuffer ??= Buffer.allocUnsafe(COPY_CHUNK);
  const source = openSync(from, "r");
  try {
    for (let done = 0; done < copy.length; ) {
      const read = readSync(source, copyBuffer, 0, Math.min(COPY_CHUNK, copy.length - done), copy.offset + done);
      if (read === 0) throw Object.assign(new Error(`${from} is shorter than when it was written`), { code: "ESHORT" });
      for (let at = 0; at < read; ) at += writeSync(open.fd, copyBuffer, at, read - at);
      done += read;
    }
  } finally {
    closeSync(source);
  }
}

function end({ file, renameTo }) {
  if (open?.file === file) {
    closeSync(open.fd);
    open = undefined;
  }
  if (renameTo) renameSync(file, renameTo);
}

parentPort.on("message", (batch) => {
  if (failed) return;
  let bytes = 0;
  for (const item of batch) {
    try {
      if (item.end) end(item);
      else if (item.piece) piece(item);
      else {
        folder(path.dirname(item.file));
        writeFileSync(item.file, item.content);
      }
      bytes += item.content?.length ?? 0;
    } catch (error) {
      failed = true;
      parentPort.postMessage({ error: `${error.code ?? "error"}: ${error.message}`, file: item.file });
      return;
    }
  }
  parentPort.postMessage({ written: bytes, files: batch.filter((item) => !item.append).length });
});
