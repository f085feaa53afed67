// An extension moves the due date of a report the group owes; for a quarter its cadence files
// nothing under (Q1 of a half-yearly group) it would move nothing, and is a mistaken quarter.
import { isFilingQuarter } from "../../archive/schedule.ts";
import { Quarter } from "../../model/quarter.ts";
import { diagnostic } from "../diagnostics.ts";
import type { GroupCheck } from "./types.ts";

export const extensionNotExpected: GroupCheck = ({ data, file, locator }) => {
  const cadence = data.cadence ?? "quarterly";
  return (data.extensions ?? []).flatMap((extension, index) => {
    const quarter = extension?.quarter === undefined ? undefined : Quarter.parse(extension.quarter);
    if (!quarter || isFilingQuarter(cadence, quarter)) return [];
    return [
      diagnostic("extension-not-expected", file, {
        ...locator.value(["extensions", index, "quarter"]),
        field: `extensions[${index}].quarter`,
        message: `A ${cadence} group files no report under ${quarter.label}, so an extension for it changes nothing.`,
        expected: cadence === "yearly" ? "a Q4 quarter, e.g. 2019-Q4" : "a Q2 or Q4 quarter, e.g. 2019-Q4",
        found: quarter.id,
      }),
    ];
  });
};
