// The commands that write content never overwrite: a chair's half-written report is worth more
// than anything sigreport could generate. The file is created with the `wx` flag, so even a file
// that appears between the check and the write is left alone.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";

export type WriteOutcome = { written: true } | { written: false; existing: string };

export async function writeNewFile(file: string, text: string): Promise<WriteOutcome> {
  await mkdir(path.dirname(file), { recursive: true });
  // 2019-q3.md is the same report as 2019-Q3.md to the loader, and to a case-insensitive disk.
  const twin = (await readdir(path.dirname(file))).find((name) => name.toLowerCase() === path.basename(file).toLowerCase());
  if (twin !== undefined) return { written: false, existing: path.join(path.dirname(file), twin) };
  try {
    await writeFile(file, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return { written: false, existing: file };
    throw error;
  }
  return { written: true };
}

/** How a path is shown to the user: relative to the working directory when inside it. */
export function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return (rel.startsWith("..") || path.isAbsolute(rel) ? file : rel).split(path.sep).join("/");
}
