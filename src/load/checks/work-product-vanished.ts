// Work products keep their title from quarter to quarter so the site can follow them; one that
// disappears before it is done or dropped is either renamed or forgotten.
import { FINISHED_STATUSES } from "../../model/schema.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ArchiveCheck } from "./types.ts";

export const workProductKey = (title: string) => title.trim().toLowerCase().replace(/\s+/g, " ");

export const workProductVanished: ArchiveCheck = ({ archive, positions, display }) =>
  archive.groups.flatMap((group) =>
    group.reports.slice(1).flatMap((report, i) => {
      const previous = group.reports[i]!;
      const kept = new Set((report.data.workProducts ?? []).map((wp) => workProductKey(wp.title)));
      const vanished = (previous.data.workProducts ?? []).filter((wp) => !FINISHED_STATUSES.includes(wp.status) && !kept.has(workProductKey(wp.title)));
      if (vanished.length === 0) return [];
      // Only now: a position costs a parse of the report's YAML.
      const at = positions.get(report)?.("workProducts") ?? { line: 1, column: 1 };
      return vanished.map((wp) =>
        diagnostic("work-product-vanished", display(report.sourcePath), {
          ...at,
          field: "workProducts",
          message: `${JSON.stringify(wp.title)} was ${wp.status} in ${previous.quarter.label} and is not in this report.`,
          expected: `${JSON.stringify(wp.title)} with its status, or marked done or dropped`,
          found: "no work product of that title",
        }),
      );
    }),
  );
