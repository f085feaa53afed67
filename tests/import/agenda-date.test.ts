import { describe, expect, it } from "vitest";
import { agendaDate } from "../../src/import/agenda-date.ts";
import { Quarter } from "../../src/model/quarter.ts";

const q2 = Quarter.parse("2019-Q2")!;

describe("agendaDate", () => {
  it.each([
    ["April 12", "2019-04-12", ""],
    ["May 24 1. IBM Global Government", "2019-05-24", "1. IBM Global Government"],
    ["June 7: Connecting with other SIGs", "2019-06-07", "Connecting with other SIGs"],
    ["Friday, 21st June 2019", "2019-06-21", ""],
    ["Apr. 5 - Kick-off", "2019-04-05", "Kick-off"],
    ["2019-05-10", "2019-05-10", ""],
  ])("%j is a date line for %s", (line, date, rest) => {
    expect(agendaDate(line, q2)).toMatchObject({ inQuarter: true, date, rest });
  });

  it.each(["May 24 was our busiest call.", "April showers", "Live Public Sector Blockchain Deployments", "June 31", "2019 was good"])(
    "%j is not a date line",
    (line) => {
      expect(agendaDate(line, q2)).toBeUndefined();
    },
  );

  it("reports a date outside the quarter instead of taking it", () => {
    expect(agendaDate("July 3", q2)).toEqual({ inQuarter: false, date: "2019-07-03", label: "July 3" });
  });
});
