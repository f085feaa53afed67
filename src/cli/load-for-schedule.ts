// `due` and `remind` read the schedule, and a report file that does not load would count as
// missing: so both load the content the same way and refuse to answer while it has errors
// (better to say nothing than to remind wrongly).
import { hasErrors } from "../load/diagnostics.ts";
import { loadArchive } from "../load/load-archive.ts";
import { ContentFolderMissing } from "../load/walk.ts";
import type { Archive } from "../model/archive.ts";
import { summaryLine } from "./format-diagnostics.ts";
import type { Io } from "./io.ts";

/** The archive, or the exit code after saying why there is none. */
export async function loadForSchedule(contentDir: string, io: Io, what: string): Promise<Archive | number> {
  let result;
  try {
    result = await loadArchive(contentDir);
  } catch (error) {
    if (error instanceof ContentFolderMissing) {
      io.err(`${error.message} Give the folder that holds site.yaml and groups/, e.g. --content content.`);
      return 2;
    }
    throw error;
  }
  if (hasErrors(result.diagnostics)) {
    io.err(`The content has errors (${summaryLine(result.diagnostics)}), so ${what} cannot be trusted. Run sigreport check ${contentDir}.`);
    return 1;
  }
  return result.archive;
}
