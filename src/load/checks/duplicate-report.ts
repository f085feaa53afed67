// 2019-Q2.md and 2019-q2.md are the same quarter; only one can be published. The same holds for a
// report's review (2019-Q2.review.md) and for a quarter's introduction (quarters/2019-Q2.md).
import type { ContentFile } from "../walk.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ArchiveCheck } from "./types.ts";

/** What a file is about, when only one file may be: undefined for the kinds that are one per folder anyway. */
function subjectOf(file: ContentFile): { key: string; what: string } | undefined {
  if (file.kind === "report") return { key: `report:${file.group}/${file.quarter.id}`, what: `reports on ${file.quarter.label} for ${file.group}` };
  if (file.kind === "review") return { key: `review:${file.group}/${file.quarter.id}`, what: `reviews the ${file.quarter.label} report of ${file.group}` };
  if (file.kind === "quarter-intro") return { key: `intro:${file.quarter.id}`, what: `introduces ${file.quarter.label}` };
  return undefined;
}

export const duplicateReport: ArchiveCheck = ({ files, display }) => {
  const first = new Map<string, string>();
  const out = [];
  for (const file of files) {
    const subject = subjectOf(file);
    if (!subject) continue;
    const earlier = first.get(subject.key);
    if (earlier === undefined) {
      first.set(subject.key, file.rel);
      continue;
    }
    out.push(
      diagnostic("duplicate-report", display(file.rel), {
        message: `${file.rel} ${subject.what}, and so does ${earlier}.`,
        expected: file.kind === "report" ? "one file per group and quarter" : "one file per quarter",
        found: `${earlier} and ${file.rel}`,
        ...(file.kind !== "report" && { hint: `Merge them into one file named ${earlier.split("/").at(-1)!.replace(/-q/, "-Q")} (capital Q).` }),
      }),
    );
  }
  return out;
};
