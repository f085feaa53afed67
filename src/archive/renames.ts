// A renamed group keeps one history: its reports move to the new folder and `formerSlugs` lists
// the old folder names, so every address published under an old name (the group page, each report
// page) must lead to the same page under the new one. This module lists those redirects; the site
// renders each as a small page (meta refresh + rel=canonical). It also finds the names that cannot
// redirect: one that is still a current folder (its own pages live there), or one two groups claim.
import type { Archive } from "../model/archive.ts";
import { groupPath, reportPath } from "./urls.ts";

export interface Redirect {
  /** The old address, e.g. `/groups/old-name/2019-q2/`. */
  from: string;
  /** The page it now lives at, e.g. `/groups/new-name/2019-q2/`. */
  to: string;
  /** The group's current slug. */
  group: string;
  /** The report's quarter id, for report pages; absent for the group page. */
  quarter?: string;
}

export type RenameConflictCode = "former-slug-is-current-folder" | "former-slug-claimed-twice";

/** Shaped like the loader's diagnostics (file, line, column, field, message, hint) so the CLI can print them alike. */
export interface RenameDiagnostic {
  code: RenameConflictCode;
  severity: "error";
  /** The group's index.md, relative to the content folder. */
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
  hint: string;
}

export interface Renames {
  /** Sorted by `from`. Conflicting names get none. */
  redirects: Redirect[];
  diagnostics: RenameDiagnostic[];
}

/** `display` names the group's index.md as the user would (e.g. with the content folder in front). */
export function renames(archive: Pick<Archive, "groups">, display: (rel: string) => string = (rel) => rel): Renames {
  const current = new Set(archive.groups.map((g) => g.slug));
  const claims = new Map<string, string[]>();
  for (const group of archive.groups) {
    for (const old of new Set(group.data.formerSlugs ?? [])) claims.set(old, [...(claims.get(old) ?? []), group.slug]);
  }

  const redirects: Redirect[] = [];
  const diagnostics: RenameDiagnostic[] = [];
  for (const group of archive.groups) {
    (group.data.formerSlugs ?? []).forEach((old, index) => {
      const at = { file: display(group.sourcePath), line: 1, column: 1, field: `formerSlugs[${index}]`, severity: "error" as const };
      const claimants = claims.get(old) ?? [];
      if (current.has(old)) {
        diagnostics.push({
          ...at,
          code: "former-slug-is-current-folder",
          message:
            old === group.slug
              ? `"${old}" is this group's own folder, not a former one.`
              : `"${old}" is listed as a former name, but groups/${old}/ is a current group's folder.`,
          hint: "Remove it from formerSlugs, or rename the other folder: an address cannot be both a page and a redirect.",
        });
      } else if (claimants.length > 1) {
        diagnostics.push({
          ...at,
          code: "former-slug-claimed-twice",
          message: `"${old}" is listed as a former name by ${claimants.map((s) => `groups/${s}/`).join(" and ")}.`,
          hint: "Keep it in the formerSlugs of the one group that used that folder.",
        });
      } else if (claimants[0] === group.slug && group.data.formerSlugs!.indexOf(old) === index) {
        redirects.push({ from: groupPath(old), to: groupPath(group.slug), group: group.slug });
        for (const report of group.reports) {
          redirects.push({ from: reportPath(old, report.quarter), to: reportPath(group.slug, report.quarter), group: group.slug, quarter: report.quarter.id });
        }
      }
    });
  }
  redirects.sort((a, b) => a.from.localeCompare(b.from));
  return { redirects, diagnostics };
}
