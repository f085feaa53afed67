// A report's file name is its quarter; a `quarter:` field that says otherwise is a copy-paste slip.
import { Quarter } from "../../model/quarter.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ReportCheck } from "./types.ts";

export const quarterMatchesFile: ReportCheck = ({ report, file, locator }) => {
  const stated = report.data.quarter;
  if (stated === undefined || Quarter.parse(stated)?.equals(report.quarter)) return [];
  return [
    diagnostic("quarter-mismatch", file, {
      ...locator.value(["quarter"]),
      field: "quarter",
      message: `The file is named for ${report.quarter.id}, but its quarter field says ${stated}.`,
      expected: report.quarter.id,
      found: stated,
    }),
  ];
};
