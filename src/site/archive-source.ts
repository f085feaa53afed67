// Where the site's archive comes from. `sigreport build` loads and validates content once and hands
// the archive over here; when Eleventy runs on its own (serve, watch), it is loaded from disk on
// each build. Report files never enter Eleventy's data cascade: only this typed archive does.
import { formatText, summaryLine } from "../cli/format-diagnostics.ts";
import { hasErrors } from "../load/diagnostics.ts";
import { loadArchive } from "../load/load-archive.ts";
import type { Archive } from "../model/archive.ts";

let provided: { contentDir: string; archive: Archive } | undefined;

export function provideArchive(contentDir: string, archive: Archive): void {
  provided = { contentDir, archive };
}

export function contentDirFromEnv(): string {
  return process.env["SIGREPORT_CONTENT"] ?? "content";
}

export class ContentHasErrors extends Error {}

export async function archiveFor(contentDir: string): Promise<Archive> {
  if (provided && provided.contentDir === contentDir) return provided.archive;
  const { archive, diagnostics } = await loadArchive(contentDir);
  if (diagnostics.length > 0) console.error(`${formatText(diagnostics)}\n${summaryLine(diagnostics)}`);
  if (hasErrors(diagnostics)) throw new ContentHasErrors(`The content has errors: ${summaryLine(diagnostics)}`);
  return archive;
}
