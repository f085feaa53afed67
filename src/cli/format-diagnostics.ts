// How diagnostics read: like a compiler's (file:line:col severity field: message), as JSON for
// tools, or as GitHub Actions workflow commands so they annotate a pull request's changed lines.
import type { Diagnostic } from "../load/diagnostics.ts";
import { escapeForJson, visible } from "./visible-text.ts";
import { type Paint, plain } from "./colour.ts";

export const FORMATS = ["text", "json", "github"] as const;
export type Format = (typeof FORMATS)[number];

export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: Format, paint: Paint = plain): string {
  // JSON escapes C0 controls itself; C1 and bidi controls are escaped too, for whoever prints it.
  if (format === "json") return escapeForJson(JSON.stringify({ diagnostics, summary: counts(diagnostics) }, null, 2));
  if (format === "github") return diagnostics.map(githubCommand).join("\n");
  return formatText(diagnostics, paint);
}

/** Colour (for a terminal) marks the severity and quietens the hint; the words are the same without it. */
export function formatText(diagnostics: readonly Diagnostic[], paint: Paint = plain): string {
  const blocks: string[] = [];
  let currentFile: string | undefined;
  let block: string[] = [];
  for (const d of diagnostics) {
    if (d.file !== currentFile) {
      if (block.length > 0) blocks.push(block.join("\n"));
      block = [];
      currentFile = d.file;
    }
    const field = d.field ? ` ${visible(d.field)}:` : "";
    const severity = d.severity === "error" ? paint.error(d.severity) : paint.warning(d.severity);
    block.push(`${visible(d.file)}:${d.line}:${d.column} ${severity}${field} ${visible(d.message)} ${paint.dim(`[${d.code}]`)}`);
    if (d.hint) block.push(paint.dim(`    hint: ${visible(d.hint)}`));
  }
  if (block.length > 0) blocks.push(block.join("\n"));
  return blocks.join("\n\n");
}

export function summaryLine(diagnostics: readonly Diagnostic[], paint: Paint = plain): string {
  const { errors, warnings, files } = counts(diagnostics);
  if (errors === 0 && warnings === 0) return "No problems found.";
  const parts = [];
  if (errors > 0) parts.push(paint.error(plural(errors, "error")));
  if (warnings > 0) parts.push(paint.warning(plural(warnings, "warning")));
  return `${parts.join(" and ")} in ${plural(files, "file")}.`;
}

function counts(diagnostics: readonly Diagnostic[]) {
  return {
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    files: new Set(diagnostics.map((d) => d.file)).size,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Workflow-command values escape %, CR and LF; properties also escape : and ,. */
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function githubCommand(d: Diagnostic): string {
  const title = d.field ? `${d.code} (${visible(d.field)})` : d.code;
  // Values are made visible first (no ESC reaches the log view), then escaped for the command.
  const props = [`file=${visible(d.file)}`, `line=${d.line}`, `col=${d.column}`, `title=${title}`].map((p) => {
    const eq = p.indexOf("=");
    return `${p.slice(0, eq)}=${escapeProperty(p.slice(eq + 1))}`;
  });
  const text = d.hint ? `${visible(d.message)}\n${visible(d.hint)}` : visible(d.message);
  return `::${d.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(text)}`;
}
