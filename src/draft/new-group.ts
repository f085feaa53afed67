// A group's index.md from the few facts a chair knows on day one. The data goes through the same
// schema the loader uses, so a bad --established or an empty --name is refused with the loader's
// own words before anything is written.
import { validate } from "../load/validate.ts";
import type { Diagnostic } from "../load/diagnostics.ts";
import { noLocator } from "../load/yaml-positions.ts";
import { groupSchema } from "../model/schema.ts";
import { markdownFile } from "./report-file.ts";
import { hintLine } from "./section-hints.ts";

export const GROUP_DESCRIPTION_HINT = "a paragraph on what the group is for, who it is for, and how to join";

export type GroupDraft = { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] };

/** `fields` are the command-line values by front-matter name; absent ones are left out. */
export function groupIndexText(fields: Record<string, string | undefined>, shownAs: string): GroupDraft {
  const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const result = validate(groupSchema, data, shownAs, noLocator);
  if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
  // The input as given, not the parsed value: the default kind is not written out unless asked for.
  return { ok: true, text: markdownFile(data, hintLine(GROUP_DESCRIPTION_HINT)) };
}
