// What the CLI tests share: a capturing Io and a throw-away copy of the example content folder.
import { cp, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Io } from "../../src/cli/io.ts";

export const REPO = path.resolve(import.meta.dirname, "../..");
export const EXAMPLE_CONTENT = path.join(REPO, "content");

export interface Captured extends Io {
  stdout: string[];
  stderr: string[];
  readonly all: string;
}

export function captureIo(): Captured {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    get all() {
      return [...stdout, ...stderr].join("\n");
    },
  };
}

/** A fresh copy of content/ in a temporary folder. */
export async function copyOfContent(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sigreport-test-"));
  const content = path.join(dir, "content");
  await cp(EXAMPLE_CONTENT, content, { recursive: true });
  return content;
}
