// Every file sigreport writes must pass `sigreport check`. Rather than trust that by construction,
// the text is loaded back through the real loader before it touches the disk; a failure here is a
// bug in sigreport, never the chair's fault.
import { compareDiagnostics, hasErrors, type Diagnostic } from "../load/diagnostics.ts";
import { loadGroupText, loadReportText } from "../load/load-file.ts";
import type { Quarter } from "../model/quarter.ts";
import type { Cadence } from "../model/schema.ts";

/** `cadence` is the group's (default quarterly), as `check` will read it from the group's index.md. */
export function reportDraftErrors(text: string, group: string, quarter: Quarter, shownAs: string, cadence: Cadence = "quarterly"): Diagnostic[] {
  const { diagnostics } = loadReportText(text, { group, quarter, sourcePath: shownAs, cadence }, shownAs);
  return hasErrors(diagnostics) ? diagnostics.filter((d) => d.severity === "error") : [];
}

/** What `check` will warn about in the draft (an empty part, a short text), for the chair to fix first. */
export function reportDraftWarnings(text: string, group: string, quarter: Quarter, shownAs: string, cadence: Cadence = "quarterly"): Diagnostic[] {
  return loadReportText(text, { group, quarter, sourcePath: shownAs, cadence }, shownAs).diagnostics.filter((d) => d.severity === "warning").sort(compareDiagnostics);
}

export function groupDraftErrors(text: string, shownAs: string): Diagnostic[] {
  const { diagnostics } = loadGroupText(text, shownAs);
  return diagnostics.filter((d) => d.severity === "error");
}
