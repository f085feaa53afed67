// A review is of one report and shows on its page; without the report it would show nowhere, and
// a wrong quarter in the file name is the usual cause.
import { diagnostic } from "../diagnostics.ts";
import type { ArchiveCheck } from "./types.ts";

export const reviewWithoutReport: ArchiveCheck = ({ files, display }) => {
  const reports = new Set(files.flatMap((f) => (f.kind === "report" ? [`${f.group}/${f.quarter.id}`] : [])));
  return files.flatMap((file) => {
    if (file.kind !== "review" || reports.has(`${file.group}/${file.quarter.id}`)) return [];
    return [
      diagnostic("review-without-report", display(file.rel), {
        message: `${file.rel} reviews the ${file.quarter.label} report of ${file.group}, but there is no groups/${file.group}/${file.quarter.id}.md.`,
        expected: `groups/${file.group}/${file.quarter.id}.md beside it`,
        found: "no such report",
      }),
    ];
  });
};
