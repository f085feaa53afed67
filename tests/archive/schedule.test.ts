import { describe, expect, it } from "vitest";
import { dueDate, groupSchedule } from "../../src/archive/schedule.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { Quarter } from "../../src/model/quarter.ts";
import { EXAMPLE_CONTENT, makeContent } from "../helpers/content.ts";

describe("the report schedule", () => {
  it("is due reportDueDays after the quarter ends", () => {
    expect(dueDate(Quarter.parse("2019-Q2")!, { reportDueDays: 30 })).toBe("2019-07-30");
    expect(dueDate(Quarter.parse("2019-Q4")!, { reportDueDays: 0 })).toBe("2019-12-31");
  });

  it("marks the example's quarters since establishment: missing before Q2 2019, filed Q2", async () => {
    const { archive } = await loadArchive(EXAMPLE_CONTENT);
    const cells = groupSchedule(archive.groups[0]!, archive.site, "2019-10-15" as CalendarDate);
    expect(cells.map((c) => [c.quarter.id, c.status])).toEqual([
      ["2018-Q4", "missing"],
      ["2019-Q1", "missing"],
      ["2019-Q2", "filed"],
      ["2019-Q3", "not-yet-due"],
      ["2019-Q4", "not-yet-due"],
    ]);
  });

  it("answers for the day and the settings it is asked about, not those of an earlier question about the same group", async () => {
    const { archive } = await loadArchive(EXAMPLE_CONTENT);
    const group = archive.groups[0]!;
    const early = groupSchedule(group, archive.site, "2019-10-15" as CalendarDate);
    expect(groupSchedule(group, archive.site, "2019-10-15" as CalendarDate)).toBe(early);
    const later = groupSchedule(group, archive.site, "2020-03-01" as CalendarDate);
    expect(later.map((c) => c.quarter.id).at(-1)).toBe("2020-Q1");
    expect(later.find((c) => c.quarter.id === "2019-Q3")?.status).toBe("missing");
    const strict = groupSchedule(group, { ...archive.site, reportDueDays: 0 }, "2019-10-15" as CalendarDate);
    expect(strict.find((c) => c.quarter.id === "2019-Q3")?.status).toBe("missing");
  });

  it("marks a report submitted after its due date late, and stops at retirement", async () => {
    const dir = await makeContent({
      "groups/test/index.md": "---\nname: T\nestablished: 2019-01-15\nretired: 2019-05-01\n---\n",
      "groups/test/2019-Q1.md": "---\nsubmitted: 2019-05-20\n---\nLate.\n",
    });
    const { archive } = await loadArchive(dir);
    const cells = groupSchedule(archive.groups[0]!, archive.site, "2020-01-01" as CalendarDate);
    expect(cells.map((c) => [c.quarter.id, c.status, c.due])).toEqual([
      ["2019-Q1", "late", "2019-04-30"],
      ["2019-Q2", "missing", "2019-07-30"],
    ]);
  });
});

describe("the schedule's cadences", () => {
  it("files half-yearly reports under Q2 and Q4 and yearly ones under Q4, each covering its months", async () => {
    const { coveredQuarters, isFilingQuarter } = await import("../../src/archive/schedule.ts");
    const q = (id: string) => Quarter.parse(id)!;
    expect(["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"].map((id) => [isFilingQuarter("half-yearly", q(id)), isFilingQuarter("yearly", q(id))])).toEqual([
      [false, false],
      [true, false],
      [false, false],
      [true, true],
    ]);
    expect(coveredQuarters("half-yearly", q("2019-Q2")).map(String)).toEqual(["2019-Q1", "2019-Q2"]);
    expect(coveredQuarters("yearly", q("2020-Q4")).map(String)).toEqual(["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"]);
    expect(coveredQuarters("quarterly", q("2020-Q3")).map(String)).toEqual(["2020-Q3"]);
  });

  it("a half-yearly group established in Q3 first owes the Q4 report", async () => {
    const dir = await makeContent({ "groups/test/index.md": "---\nname: T\nestablished: 2019-08-01\ncadence: half-yearly\n---\n" });
    const { archive } = await loadArchive(dir);
    const cells = groupSchedule(archive.groups[0]!, archive.site, "2020-02-15" as CalendarDate);
    expect(cells.map((c) => [c.quarter.id, c.status])).toEqual([
      ["2019-Q3", "not-expected"],
      ["2019-Q4", "missing"],
      ["2020-Q1", "not-expected"],
    ]);
  });
});
