// One content file from disk to its load result: read, decode, then the pure loader of its kind.
// Shared by the main thread and the load workers, so a file loads the same wherever it runs.
import { readFile } from "node:fs/promises";
import type { QuarterIntro, Review } from "../model/archive.ts";
import type { Cadence, SiteSettings } from "../model/schema.ts";
import { type Diagnostic, diagnostic } from "./diagnostics.ts";
import { type GroupLoad, type Loaded, type LoadedReport, type LoadTextOptions, loadGroupText, loadReportText, loadSiteText } from "./load-file.ts";
import { loadQuarterIntroText, loadReviewText } from "./load-review.ts";
import { decodeText } from "./read-text.ts";
import type { ContentFile } from "./walk.ts";

/** One file's load result, by kind. Immutable once made, so it can be reused while the file is unchanged. */
export type FileResult =
  | ({ kind: "site" } & Loaded<SiteSettings>)
  | ({ kind: "group" } & GroupLoad)
  | ({ kind: "report" } & Loaded<LoadedReport>)
  | ({ kind: "review" } & Loaded<Review>)
  | ({ kind: "quarter-intro" } & Loaded<QuarterIntro>);

/**
 * Loads `file`; `shown` is how diagnostics name it. Never throws on bad content. `cadence` is the
 * group's, for a report (default quarterly): it sets the period the report's agenda may span.
 */
export async function loadContentFile(file: ContentFile, shown: string, options: LoadTextOptions, cadence?: Cadence): Promise<FileResult> {
  const readDiagnostics: Diagnostic[] = [];
  const text = await readText(file.abs, shown, readDiagnostics);
  if (text === undefined) return { kind: file.kind, value: undefined, diagnostics: readDiagnostics } as FileResult;
  if (file.kind === "site") return { kind: "site", ...loadSiteText(text, shown, options) };
  if (file.kind === "group") return { kind: "group", ...loadGroupText(text, shown, options) };
  if (file.kind === "review") return { kind: "review", ...loadReviewText(text, { group: file.group, quarter: file.quarter, sourcePath: file.rel }, shown) };
  if (file.kind === "quarter-intro") return { kind: "quarter-intro", ...loadQuarterIntroText(text, { quarter: file.quarter, sourcePath: file.rel }, shown) };
  return { kind: "report", ...loadReportText(text, { group: file.group, quarter: file.quarter, sourcePath: file.rel, ...(cadence && { cadence }) }, shown, options) };
}

async function readText(abs: string, shown: string, diagnostics: Diagnostic[]): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (error) {
    diagnostics.push(diagnostic("unreadable-file", shown, { message: `The file could not be read: ${(error as NodeJS.ErrnoException).code ?? "unknown error"}.` }));
    return undefined;
  }
  const decoded = decodeText(bytes, shown);
  if (!decoded.ok) {
    diagnostics.push(decoded.diagnostic);
    return undefined;
  }
  return decoded.text;
}
