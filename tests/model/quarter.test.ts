import { describe, expect, it } from "vitest";
import { Quarter } from "../../src/model/quarter.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";

const day = (s: string) => s as CalendarDate;

describe("Quarter", () => {
  it.each([
    ["2019-Q1", "2019-01-01", "2019-03-31", "Q1 2019"],
    ["2019-Q2", "2019-04-01", "2019-06-30", "Q2 2019"],
    ["2020-Q1", "2020-01-01", "2020-03-31", "Q1 2020"],
    ["2019-Q4", "2019-10-01", "2019-12-31", "Q4 2019"],
  ])("%s runs from %s to %s and reads %s", (id, first, last, label) => {
    const q = Quarter.parse(id)!;
    expect(q.firstDay).toBe(first);
    expect(q.lastDay).toBe(last);
    expect(q.label).toBe(label);
    expect(q.id).toBe(id);
  });

  it.each(["2019-Q5", "2019-Q0", "19-Q1", "2019Q1", "2019-Q1x", ""])("refuses %j", (text) => {
    expect(Quarter.parse(text)).toBeUndefined();
  });

  it("accepts the lower-case URL form and gives it back as slug", () => {
    expect(Quarter.parse("2019-q2")!.id).toBe("2019-Q2");
    expect(Quarter.parse("2019-Q2")!.slug).toBe("2019-q2");
  });

  it("steps across year boundaries", () => {
    expect(Quarter.parse("2019-Q4")!.next().id).toBe("2020-Q1");
    expect(Quarter.parse("2020-Q1")!.previous().id).toBe("2019-Q4");
    expect(Quarter.parse("2019-Q2")!.next().previous().id).toBe("2019-Q2");
  });

  it.each([
    ["2019-04-01", true],
    ["2019-06-30", true],
    ["2019-03-31", false],
    ["2019-07-01", false],
  ])("Q2 2019 contains %s: %s", (date, inside) => {
    expect(Quarter.parse("2019-Q2")!.contains(day(date))).toBe(inside);
  });

  it("finds the quarter of a day and lists a range", () => {
    expect(Quarter.containing(day("2019-07-12")).id).toBe("2019-Q3");
    expect(Quarter.parse("2018-Q4")!.until(Quarter.parse("2019-Q2")!).map(String)).toEqual(["2018-Q4", "2019-Q1", "2019-Q2"]);
    expect(JSON.stringify({ q: Quarter.parse("2019-Q2") })).toBe('{"q":"2019-Q2"}');
  });
});
