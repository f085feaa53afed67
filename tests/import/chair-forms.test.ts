// The forms chairs write in: dates, bullets, headings and figures, one case each.
import { describe, expect, it } from "vitest";
import { agendaDate } from "../../src/import/agenda-date.ts";
import { toBlocks } from "../../src/import/blocks.ts";
import { liftFigures } from "../../src/import/figures.ts";
import { partOfHeading } from "../../src/import/heading-meaning.ts";
import { headingOf } from "../../src/import/section-heading.ts";
import { Quarter } from "../../src/model/quarter.ts";

const q2 = Quarter.parse("2019-Q2")!;

describe("dates as chairs write them", () => {
  it.each([
    ["April 12", "2019-04-12"],
    ["12 April 2019", "2019-04-12"],
    ["4/12/2019", "2019-04-12"],
    ["12/4/2019", "2019-04-12"], // day first: only that reading falls in Q2
    ["2019-04-12", "2019-04-12"],
    ["Friday, April 12th", "2019-04-12"],
    ["Friday, 2019-04-12: Title", "2019-04-12"],
  ])("%s is %s", (line, date) => {
    expect(agendaDate(line, q2)).toMatchObject({ inQuarter: true, date });
  });

  it("a sentence that only mentions a date is not a date line", () => {
    expect(agendaDate("4/12 was a busy day for all of us", q2)).toBeUndefined();
  });
});

describe("bullets", () => {
  it("o, •, *, -, 1. and a) are list items; a sentence starting with a word is not", () => {
    const blocks = toBlocks("o    one\n•  two\n* three\n- four\n1. five\na) six\nb) seven\n\nOnly text here.");
    expect(blocks.map((b) => [b.marker?.kind, b.lines[0]])).toEqual([
      ["bullet", "one"], ["bullet", "two"], ["bullet", "three"], ["bullet", "four"],
      ["number", "five"], ["number", "six"], ["number", "seven"], [undefined, "Only text here."],
    ]);
    expect(blocks[6]!.marker).toEqual({ kind: "number", number: 2 });
  });
});

describe("headings by meaning", () => {
  it.each([
    ["Overall Health", "health"],
    ["TSIG Overall Health", "health"],
    ["Public Sector SIG Overall Health", "health"],
    ["Assessment of Overall Activity", "activity"],
    ["Summary of activity in the past quarter", "activity"],
    ["List of planned work products (please include links)", "workProducts"],
    ["Membership Data:", "health"],
    ["Project Activity", "activity"],
    ["3. Participant Diversity", "diversity"],
  ])("%s → %s", (text, key) => expect(partOfHeading(text)).toBe(key));

  it.each(["Live Public Sector Blockchain Deployments from Uzbekistan", "Special Interest Group", "Vice Chair Opening"])(
    "%s is no part of the report",
    (text) => expect(partOfHeading(text)).toBeUndefined(),
  );

  it("a plain line is a heading only between blank lines and without final punctuation", () => {
    const [block] = toBlocks("Overall Health");
    expect(headingOf(block!, true)).toMatchObject({ key: "health" });
    expect(headingOf(block!, false)).toBeUndefined();
    expect(headingOf(toBlocks("Overall health is good.")[0]!, true)).toBeUndefined();
    expect(headingOf(toBlocks("**Overall Health:**")[0]!, false)).toMatchObject({ key: "health", text: "Overall Health" });
    expect(headingOf(toBlocks("## Subprojects")[0]!, false)).toMatchObject({ key: undefined, text: "Subprojects", level: 2 });
  });
});

describe("figures", () => {
  const lifted = (text: string) => liftFigures(toBlocks(text)).map((f) => [f.path.join("."), f.value]);

  it("lifts stated figures, in the order the text states them", () => {
    expect(lifted("About 14 people per call. Last call had 30 participants. We held 6 meetings. 2 meetings were cancelled.")).toEqual([
      ["health.attendance.typical", 14],
      ["health.attendance.last", 30],
      ["activity.meetings.held", 6],
      ["activity.meetings.missed", 2],
    ]);
    expect(lifted("The mailing list has 1,204 members.")).toEqual([["health.members", 1204]]);
    // One field, two statements: the first wins, the second stays prose only.
    expect(lifted("Calls are attended by 12 people. Later calls are attended by 15 people.")).toEqual([["health.attendance.typical", 12]]);
  });

  it.each([
    "The mailing list has over 200 members.",
    "Between 10 to 15 people per call.",
    "Attendance fell from 20 at the start to 7 at a recent meeting.",
    "There are 25 committers and 15 PMC members.",
    "About a dozen people per call.",
    "Traffic grew by 10% per meeting.",
  ])("invents nothing from %j", (text) => expect(lifted(text)).toEqual([]));
});

describe("a wiki paste", () => {
  it("finds bold and colon headings right above their text, and # headings with no blank line", async () => {
    const { importReport } = await import("../../src/import/import-report.ts");
    const text = "**Overall Health**\nThe group is healthy.\nMembership Data:\nThe list has grew a lot.\n## Project Activity\nWe shipped 2.0.\nIssues: none this time, thank you.";
    const result = importReport(text, q2);
    expect(result.headings.map((h) => [h.text, h.part, h.line])).toEqual([
      ["Overall Health", "health", 1],
      ["Membership Data", "health", 3],
      ["Project Activity", "activity", 5],
    ]);
    expect(result.body).toContain("### Membership Data\n\nThe list has grew a lot.");
    expect(result.body).toContain("We shipped 2.0.\nIssues: none this time, thank you.");
  });
});

describe("figures inside words", () => {
  it("does not read a number word inside another word", () => {
    expect(liftFigures(toBlocks("Someone per call asked a question.")).map((f) => f.value)).toEqual([]);
  });
});
