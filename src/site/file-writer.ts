// Writes the site's files on a second thread. Rendering is the main thread's work; turning each
// page into UTF-8 and the file-system calls for fifteen thousand files were a third of it at
// 10,000 reports, and the machine's other core sat idle meanwhile.
import { statSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { type FileStamp, type Piece, planPieces } from "./reused-pieces.ts";

/** Pages go over in batches of about this many characters: one message per page costs more. */
const BATCH_CHARS = 512 * 1024;
/** The renderer waits while this much is sent but not yet written, so memory stays bounded. */
const MAX_PENDING_CHARS = 32 * 1024 * 1024;

/**
 * A whole file; or a step of a file written piece by piece (`piece`): text, or bytes copied from
 * another file (`copy` of `from`), appended after the first; then `end`, which closes the file and
 * may move it to `renameTo`.
 */
interface Item {
  file: string;
  content?: string;
  append?: boolean;
  piece?: true;
  copy?: { offset: number; length: number };
  from?: string;
  end?: true;
  renameTo?: string;
}

type Reply = { written: number; files: number } | { error: string; file: string };

export interface FileWriter {
  /** Queues a whole file; resolves when there is room for more. */
  write(file: string, content: string): Promise<void>;
  /**
   * Writes a file piece by piece, so it is never one string in memory; a keyed piece the last
   * write of this file had alike is copied from that file, not made again (./reused-pieces.ts).
   */
  writePieces(file: string, pieces: Iterable<Piece>): Promise<void>;
  /** Resolves with the number of files written once all are on disk; rejects with the first failure. */
  finish(): Promise<number>;
}

export function fileWriter(): FileWriter {
  const worker = new Worker(new URL("./file-writer.worker.mjs", import.meta.url));
  let batch: Item[] = [];
  let batchChars = 0;
  let pending = 0;
  let batchesOut = 0;
  let files = 0;
  let failure: Error | undefined;
  let waiting: (() => void) | undefined;
  let exited = false;
  /** Files written from pieces, stamped once on disk so that their next write can reuse them. */
  const planned: { file: string; written: (stamp: FileStamp) => void }[] = [];

  const wake = () => {
    const resolve = waiting;
    waiting = undefined;
    resolve?.();
  };
  worker.on("message", (reply: Reply) => {
    if ("error" in reply) failure ??= new Error(`${reply.file} could not be written (${reply.error})`);
    else {
      pending -= reply.written;
      batchesOut--;
      files += reply.files;
    }
    wake();
  });
  worker.on("error", (error) => {
    failure ??= error;
    wake();
  });
  worker.on("exit", () => {
    exited = true;
    failure ??= new Error("The file writer stopped before writing every file.");
    wake();
  });

  const flush = () => {
    if (batch.length === 0) return;
    worker.postMessage(batch);
    pending += batchChars;
    batchesOut++;
    batch = [];
    batchChars = 0;
  };
  const until = async (done: () => boolean) => {
    while (!done() && !failure) await new Promise<void>((resolve) => (waiting = resolve));
    if (failure) throw failure;
  };
  const queue = async (item: Item) => {
    if (failure) throw failure;
    batch.push(item);
    batchChars += item.content?.length ?? 0;
    if (batchChars >= BATCH_CHARS) flush();
    if (pending > MAX_PENDING_CHARS) await until(() => pending <= MAX_PENDING_CHARS / 2);
  };

  return {
    write: (file, content) => queue({ file, content }),
    async writePieces(file, pieces) {
      const plan = planPieces(file, pieces, stampOf(file));
      // Copies read the last file while the new one is made: it is made beside it, then put in its place.
      const target = plan.reuses ? `${file}.sigreport-new` : file;
      let first = true;
      for (const step of plan.steps) {
        await queue("text" in step ? { file: target, content: step.text, piece: true, append: !first } : { file: target, copy: step.copy, from: file, piece: true, append: !first });
        first = false;
      }
      if (first) await queue({ file: target, content: "", piece: true });
      await queue({ file: target, end: true, append: true, ...(plan.reuses && { renameTo: file }) });
      planned.push({ file, written: plan.written });
    },
    async finish() {
      try {
        flush();
        await until(() => batchesOut === 0);
        for (const { file, written } of planned) {
          const stamp = stampOf(file);
          if (stamp) written(stamp);
        }
        return files;
      } finally {
        if (!exited) await worker.terminate();
      }
    },
  };
}

function stampOf(file: string): FileStamp | undefined {
  try {
    const { size, mtimeMs } = statSync(file);
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
}
