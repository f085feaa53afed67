// The agenda lists the sessions held in the period the report covers: its quarter, or for a
// half-yearly or yearly group the half-year or year that ends with it (spec: "The reporting
// cycle"). A date outside it is usually a typo in the month, or a session that belongs to the
// next report.
import { coveredQuarters } from "../../archive/schedule.ts";
import { Quarter } from "../../model/quarter.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ReportCheck } from "./types.ts";

export const sessionInQuarter: ReportCheck = ({ report, file, locator, period }) => {
  const { quarter } = report;
  const covers = coveredQuarters(period.cadence, quarter);
  const span =
    period.cadence === "quarterly"
      ? `this report is for ${quarter.label}`
      : `this ${period.cadence} report covers ${covers[0]!.label} to ${quarter.label}`;
  return (report.data.agenda ?? []).flatMap((session, index) => {
    if (period.contains(session.date)) return [];
    const path = ["agenda", index, "date"];
    return [
      diagnostic("session-outside-quarter", file, {
        ...locator.value(path),
        field: `agenda[${index}].date`,
        message: `${session.date} is in ${Quarter.containing(session.date).label}, but ${span} (${period.first} to ${period.last}).`,
        expected: `a date from ${period.first} to ${period.last}`,
        found: session.date,
      }),
    ];
  });
};
