// A response answers a question asked in the review of one of the group's earlier reports; any
// other id is a typo, and the answer would be shown against nothing.
import type { Report } from "../../model/archive.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ArchiveCheck } from "./types.ts";

export const unknownQuestion: ArchiveCheck = ({ archive, files, positions, display }) => {
  const loaded = new Set(archive.reviews.map((r) => r.sourcePath));
  // An earlier review that did not load has its own errors; its questions are unknown, not absent.
  const unread = files.filter((f) => f.kind === "review" && !loaded.has(f.rel));
  return archive.reports.flatMap((report) => {
    const responses = report.data.responses ?? [];
    if (responses.length === 0) return [];
    const earlier = (r: { group: string; quarter: Report["quarter"] }) => r.group === report.group && r.quarter.compare(report.quarter) < 0;
    if (unread.some((f) => f.kind === "review" && earlier(f))) return [];
    const asked = archive.reviews.filter(earlier).flatMap((r) => (r.data.questions ?? []).map((q) => q.id));
    const at = positions.get(report)?.("responses");
    return responses.flatMap((response, index) => {
      if (asked.includes(response.to)) return [];
      return [
        diagnostic("unknown-question", display(report.sourcePath), {
          ...at,
          field: `responses[${index}].to`,
          message: `No review of an earlier ${report.group} report asks a question with the id ${JSON.stringify(response.to)}.`,
          expected: asked.length > 0 ? `one of ${asked.map((id) => JSON.stringify(id)).join(", ")}` : "the id of a question from an earlier review (there is none yet)",
          found: JSON.stringify(response.to),
        }),
      ];
    });
  });
};
