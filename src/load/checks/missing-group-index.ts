// A report needs its group: the name in its title, the chairs as its default authors.
import { diagnostic } from "../diagnostics.ts";
import type { ArchiveCheck } from "./types.ts";

export const missingGroupIndex: ArchiveCheck = ({ files, display }) => {
  const indexed = new Set(files.filter((f) => f.kind === "group").map((f) => f.group));
  return files
    .filter((f) => f.kind === "report" && !indexed.has(f.group))
    .map((f) =>
      diagnostic("missing-group-index", display(f.rel), {
        message: `The report's folder groups/${f.kind === "report" ? f.group : ""}/ has no index.md, so the group has no name.`,
        expected: `groups/${f.kind === "report" ? f.group : ""}/index.md`,
        found: "no such file",
      }),
    );
};
