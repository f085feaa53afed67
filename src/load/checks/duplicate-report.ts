// 2019-Q2.md and 2019-q2.md are the same quarter; only one can be published.
import { diagnostic } from "../diagnostics.ts";
import type { ArchiveCheck } from "./types.ts";

export const duplicateReport: ArchiveCheck = ({ files, display }) => {
  const first = new Map<string, string>();
  const out = [];
  for (const file of files) {
    if (file.kind !== "report") continue;
    const key = `${file.group}/${file.quarter.id}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, file.rel);
      continue;
    }
    out.push(
      diagnostic("duplicate-report", display(file.rel), {
        message: `${file.rel} reports on ${file.quarter.label} for ${file.group}, and so does ${earlier}.`,
        expected: "one file per group and quarter",
        found: `${earlier} and ${file.rel}`,
      }),
    );
  }
  return out;
};
