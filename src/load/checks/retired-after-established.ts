import { diagnostic } from "../diagnostics.ts";
import type { GroupCheck } from "./types.ts";

export const retiredAfterEstablished: GroupCheck = ({ data, file, locator }) => {
  if (data.established === undefined || data.retired === undefined || data.retired >= data.established) return [];
  return [
    diagnostic("retired-before-established", file, {
      ...locator.value(["retired"]),
      field: "retired",
      message: `The group retired on ${data.retired}, before it was established on ${data.established}.`,
      expected: `a date on or after ${data.established}`,
      found: data.retired,
    }),
  ];
};
