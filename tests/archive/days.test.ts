import { describe, expect, it } from "vitest";
import { daysBetween } from "../../src/archive/days.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";

describe("daysBetween", () => {
  it.each([
    ["2020-01-30", "2020-07-15", 167], // across 29 February 2020
    ["2019-01-30", "2019-07-15", 166],
    ["2020-03-28", "2020-03-30", 2], // a weekend that changes clocks in Europe: still two days
    ["2020-07-30", "2020-07-30", 0],
    ["2020-07-30", "2020-07-15", -15],
  ])("%s → %s is %i days", (from, to, days) => {
    expect(daysBetween(from as CalendarDate, to as CalendarDate)).toBe(days);
  });
});
