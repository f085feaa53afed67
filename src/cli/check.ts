// `sigreport check [content-dir]`: validate everything, print every diagnostic, exit 0 / 1 / 2.
import path from "node:path";
import { renames } from "../archive/renames.ts";
import { loadArchive } from "../load/load-archive.ts";
import { hasErrors, strictly } from "../load/diagnostics.ts";
import { ContentFolderMissing } from "../load/walk.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { FORMATS, type Format, formatDiagnostics, summaryLine } from "./format-diagnostics.ts";
import { type Io, UsageError, paintFor } from "./io.ts";

export async function check(args: ParsedArgs, io: Io): Promise<number> {
  const format = (optionValue(args, "format") ?? "text") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got ${format}.`);
  const contentDir = optionValue(args, "content") ?? args.positionals[0] ?? "content";
  if (args.positionals.length > 1) throw new UsageError("check takes at most one content folder.");

  let result;
  try {
    result = await loadArchive(contentDir);
  } catch (error) {
    if (error instanceof ContentFolderMissing) {
      io.err(`${error.message} Give the folder that holds site.yaml and groups/, e.g. sigreport check content.`);
      return 2;
    }
    throw error;
  }
  // Rename conflicts span groups, so they are found after loading; `build` refuses them too.
  const found = [...result.diagnostics, ...renames(result.archive, (rel) => path.posix.join(contentDir.split(path.sep).join("/"), rel)).diagnostics];
  // --strict (the pull-request check): an unfinished draft (prompts left, empty parts) fails.
  const diagnostics = args.options.has("strict") ? strictly(found) : found;
  if (format === "text") {
    const paint = paintFor(io, "out");
    if (diagnostics.length > 0) io.out(`${formatDiagnostics(diagnostics, "text", paint)}\n`);
    io.out(summaryLine(diagnostics, paint));
  } else if (format === "github") {
    if (diagnostics.length > 0) io.out(formatDiagnostics(diagnostics, "github"));
    io.out(summaryLine(diagnostics));
  } else {
    io.out(formatDiagnostics(diagnostics, "json"));
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
