// A last call three times the typical one is possible (a big announcement) but is more often a
// typo; it is a warning so the chair looks once.
import { diagnostic } from "../diagnostics.ts";
import type { ReportCheck } from "./types.ts";

export const SPIKE_FACTOR = 3;

export const attendanceSpike: ReportCheck = ({ report, file, locator }) => {
  const attendance = report.data.health?.attendance;
  if (attendance?.typical === undefined || attendance.last === undefined) return [];
  if (attendance.last <= attendance.typical * SPIKE_FACTOR) return [];
  return [
    diagnostic("attendance-spike", file, {
      ...locator.value(["health", "attendance", "last"]),
      field: "health.attendance.last",
      message: `The last call had ${attendance.last} participants, more than ${SPIKE_FACTOR} times the typical ${attendance.typical}.`,
      expected: `at most ${attendance.typical * SPIKE_FACTOR}, or a note explaining it`,
      found: String(attendance.last),
    }),
  ];
};
