// Where a build's archive comes from when Eleventy hosts it. `sigreport build` loads and validates
// content once and passes the archive to the plugin as an option; the dev server loads it from disk
// on each rebuild, through one of these. Report files never enter Eleventy's data cascade: only
// this typed archive does, and only our writer renders it.
import { colourWanted, paint } from "../cli/colour.ts";
import { formatText, summaryLine } from "../cli/format-diagnostics.ts";
import { hasErrors } from "../load/diagnostics.ts";
import { type LoadCache, type WatchMemory, loadArchive, loadSavedReports } from "../load/load-archive.ts";
import type { LoadedReport } from "../load/load-file.ts";
import type { Archive } from "../model/archive.ts";

export class ContentHasErrors extends Error {}

export interface ArchiveSourceOptions {
  /**
   * The dev server's rule: a content error while editing must not stop the server, so the
   * diagnostics are printed and the last good archive (or, before there is one, what did load)
   * is served instead. Without it a content error fails the build.
   */
  keepServing?: boolean;
  /** Where diagnostics are printed. */
  print?: (text: string) => void;
}

export interface ArchiveSource {
  /** `changed`: the files saved since the previous load, when a watcher knows them (LoadOptions.changed). */
  load(changed?: readonly string[]): Promise<Archive>;
  /** The saved reports alone, ahead of the next load, when that is all that changed (load-archive.ts loadSavedReports). */
  savedReports?(changed: readonly string[]): Promise<LoadedReport[] | undefined>;
}

/** An archive loaded and checked already (`sigreport build`). */
export function givenArchive(archive: Archive): ArchiveSource {
  return { load: async () => archive };
}

/** The content folder, read afresh on each load; unchanged files are not parsed again, nor is the folder walked again when only files it had were saved. */
export function contentArchive(contentDir: string, options: ArchiveSourceOptions = {}): ArchiveSource {
  const cache: LoadCache = new Map();
  const watch: WatchMemory = {};
  const print = options.print ?? ((text: string) => console.error(text));
  let lastGood: Archive | undefined;
  return {
    savedReports: (changed) => loadSavedReports(contentDir, { cache, watch, changed }),
    async load(changed) {
      const { archive, diagnostics } = await loadArchive(contentDir, { cache, watch, ...(changed && { changed }) });
      const colours = paint(colourWanted(process.stderr));
      if (diagnostics.length > 0) print(`${formatText(diagnostics, colours)}\n${summaryLine(diagnostics, colours)}`);
      if (!hasErrors(diagnostics)) return (lastGood = archive);
      if (!options.keepServing) throw new ContentHasErrors(`The content has errors: ${summaryLine(diagnostics)}`);
      print(lastGood ? "Fix the errors above; the site shows the last version without errors." : "Fix the errors above; the site shows the files without errors.");
      return lastGood ?? archive;
    },
  };
}
