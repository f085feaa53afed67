// A report's image or link to its group's assets/ folder must find the file there: otherwise the
// page shows a broken image, and nothing would say so before a reader does.
import { readFileSync } from "node:fs";
import { assetLinks } from "../../archive/group-assets.ts";
import { type Diagnostic, diagnostic } from "../diagnostics.ts";
import type { ArchiveCheck } from "./types.ts";

export const missingAsset: ArchiveCheck = ({ archive, files, display }) => {
  const abs = new Map(files.map((f) => [f.rel, f.abs]));
  const assetsOf = new Map(archive.groups.map((g) => [g.slug, new Set(g.assets ?? [])]));
  const diagnostics: Diagnostic[] = [];
  const check = (sourcePath: string, html: readonly (string | undefined)[]) => {
    const missing = html.flatMap((h) => (h === undefined ? [] : assetLinks(h))).filter((l) => !assetsOf.get(l.group)?.has(l.file));
    if (missing.length === 0) return;
    // Only a file with a missing asset is read again, to say on which line the link is.
    const lines = readFileSync(abs.get(sourcePath) ?? sourcePath, "utf8").split("\n");
    for (const link of missing) {
      const asWritten = [`assets/${link.written}`, `assets/${link.file}`];
      const line = lines.findIndex((l) => asWritten.some((w) => l.includes(w)));
      const column = line === -1 ? 1 : Math.min(...asWritten.map((w) => lines[line]!.indexOf(w)).filter((i) => i >= 0)) + 1;
      diagnostics.push(
        diagnostic("missing-asset", display(sourcePath), {
          line: line === -1 ? 1 : line + 1,
          column,
          message: `The link to assets/${link.file} finds no file: groups/${link.group}/assets/${link.file} does not exist.`,
          expected: `a file at groups/${link.group}/assets/${link.file}`,
          found: assetsOf.get(link.group)?.size ? `${assetsOf.get(link.group)!.size} other file(s) in groups/${link.group}/assets/` : `no groups/${link.group}/assets/ folder`,
        }),
      );
    }
  };
  for (const group of archive.groups) check(group.sourcePath, [group.description.html]);
  for (const report of archive.reports) check(report.sourcePath, [...report.sections.map((s) => s.html), ...report.sessionSummariesHtml]);
  return diagnostics;
};
