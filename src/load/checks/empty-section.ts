// A heading with nothing under it shows on the page as a heading and a gap. A part whose figures
// are in the front-matter is not empty (the page shows them under its heading), so only a
// heading with neither text nor figures is reported.
import type { ReportFrontMatter } from "../../model/schema.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ReportCheck } from "./types.ts";

export const emptySection: ReportCheck = ({ report, file }) =>
  report.sections.flatMap((section) => {
    if (section.heading === null || section.markdown.trim() !== "") return [];
    if (section.key !== "custom" && section.key !== "introduction" && hasData(report.data, section.key)) return [];
    return [
      diagnostic("empty-section", file, {
        line: section.line,
        message: `The part "${section.heading}" has no text under its heading.`,
        expected: "a sentence or two",
        found: "nothing before the next heading",
      }),
    ];
  });

function hasData(data: ReportFrontMatter, key: string): boolean {
  const value = (data as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}
