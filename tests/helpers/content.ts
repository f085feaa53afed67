// Builds small content folders in a temp dir for tests: a site.yaml and a group index by default,
// plus whatever files the test gives.
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Io } from "../../src/cli/io.ts";

export const EXAMPLE_CONTENT = path.resolve("content");

export const DEFAULT_SITE = "title: Test reports\n";
export const DEFAULT_GROUP = "---\nname: Test SIG\nestablished: 2019-01-01\nchairs:\n  - Ada Chair\n---\nA group for tests.\n";

export async function makeContent(files: Record<string, string | Buffer>, options: { defaults?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-test-"));
  const all: Record<string, string | Buffer> =
    options.defaults === false ? files : { "site.yaml": DEFAULT_SITE, "groups/test/index.md": DEFAULT_GROUP, ...files };
  for (const [rel, text] of Object.entries(all)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return dir;
}

export async function copyExample(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-example-"));
  await cp(EXAMPLE_CONTENT, dir, { recursive: true });
  return dir;
}

export function captureIo(): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => void (err += text.endsWith("\n") ? text : `${text}\n`),
    stdout: () => out,
    stderr: () => err,
  };
}
