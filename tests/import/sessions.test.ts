import { describe, expect, it } from "vitest";
import { toBlocks } from "../../src/import/blocks.ts";
import { MAX_TITLE_LENGTH, sessionsOfDay } from "../../src/import/sessions.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";

const day = "2019-05-24" as CalendarDate;

describe("sessionsOfDay", () => {
  it("makes each numbered item a session of that day, titled by its first line", () => {
    const sessions = sessionsOfDay(day, toBlocks("1. Registry patterns\n\nPete Teigen from IBM will present.\n\n2. Vice Chair Opening\n\nWe open the position."));
    expect(sessions).toEqual([
      { date: day, title: "Registry patterns", summary: "Pete Teigen from IBM will present.", presenters: [{ name: "Pete Teigen", org: "IBM" }] },
      { date: day, title: "Vice Chair Opening", summary: "We open the position." },
    ]);
  });

  it("keeps a long first paragraph whole in the summary and titles the session by its start", () => {
    const long = `Uzbekistan - a country dedicated to DLT as the core technology of its digital economy strategy for 2021 and beyond. Second sentence.`;
    const [session] = sessionsOfDay(day, toBlocks(long));
    expect(session!.summary).toBe(long);
    expect(session!.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(session!.title.endsWith("…")).toBe(true);
    expect(long.startsWith(session!.title.slice(0, -1))).toBe(true);
  });
});
