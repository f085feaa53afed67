// A build that cannot write (full disk, a folder it may not write to, a read-only mount) is an
// environment fault, not a bug: the person needs one sentence naming the cause and the place, not
// Eleventy's stack trace. The file writer's thread sends errors as text, so the code is read back
// from the message as well as from the error object.
import path from "node:path";

const CAUSES: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EACCES: "sigreport is not allowed to write there",
  EPERM: "sigreport is not allowed to write there",
  EROFS: "the folder is on a read-only file system",
  ENAMETOOLONG: "a file name is longer than the file system allows",
  EMFILE: "too many files are open at once",
  ENOTDIR: "part of the path is a file, not a folder",
  EISDIR: "a folder stands where a file should be written",
};

/** A sentence for a failed build: the cause in words when it is a file-system fault, else the message. */
export function describeBuildFault(error: unknown, outputDir: string): string {
  const err = error as NodeJS.ErrnoException | undefined;
  const message = err?.message ?? String(error);
  const code = err?.code ?? /\b(E[A-Z]{3,})\b/.exec(message)?.[1];
  const cause = code ? CAUSES[code] : undefined;
  if (!cause) return message;
  const file = /(\/[^\s()'"]+|[A-Za-z]:\\[^\s()'"]+)/.exec(message)?.[1];
  const shown = file && !path.relative(process.cwd(), file).startsWith("..") ? path.relative(process.cwd(), file) : file;
  const where = shown ? ` (writing ${shown})` : "";
  const fix = code === "ENOSPC" || code === "EDQUOT" ? "Free some space" : "Fix that";
  return `${cause}${where}. ${fix} or give another folder than ${outputDir}/ with --output, then build again.`;
}
