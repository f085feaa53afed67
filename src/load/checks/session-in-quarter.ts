// The agenda lists the sessions held in the report's quarter; a date outside it is usually a typo
// in the month, or a session that belongs to the next report.
import { Quarter } from "../../model/quarter.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ReportCheck } from "./types.ts";

export const sessionInQuarter: ReportCheck = ({ report, file, locator }) => {
  const { quarter } = report;
  return (report.data.agenda ?? []).flatMap((session, index) => {
    if (quarter.contains(session.date)) return [];
    const path = ["agenda", index, "date"];
    return [
      diagnostic("session-outside-quarter", file, {
        ...locator.value(path),
        field: `agenda[${index}].date`,
        message: `${session.date} is in ${Quarter.containing(session.date).label}, but this report is for ${quarter.label} (${quarter.firstDay} to ${quarter.lastDay}).`,
        expected: `a date from ${quarter.firstDay} to ${quarter.lastDay}`,
        found: session.date,
      }),
    ];
  });
};
