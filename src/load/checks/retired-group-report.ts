import { Quarter } from "../../model/quarter.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ArchiveCheck } from "./types.ts";

export const retiredGroupReport: ArchiveCheck = ({ archive, display }) =>
  archive.groups.flatMap((group) => {
    const retired = group.data.retired;
    if (retired === undefined) return [];
    const last = Quarter.containing(retired);
    return group.reports
      .filter((r) => r.quarter.compare(last) > 0)
      .map((r) =>
        diagnostic("retired-group-report", display(r.sourcePath), {
          message: `This report is for ${r.quarter.label}, after the group retired on ${retired}.`,
          expected: `a quarter up to ${last.label}`,
          found: r.quarter.label,
        }),
      );
  });
