import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { addDays, formatCalendarDate, formatWithLuxon, isCalendarDate, type CalendarDate } from "../../src/model/calendar-date.ts";

describe("calendar dates", () => {
  it.each([
    ["2019-04-12", true],
    ["2020-02-29", true],
    ["2019-02-29", false],
    ["2019-02-30", false],
    ["2019-4-1", false],
    ["2019-04-12T00:00:00Z", false],
    ["12/04/2019", false],
  ])("%s is a calendar day: %s", (text, ok) => {
    expect(isCalendarDate(text)).toBe(ok);
  });

  it("adds days across month ends", () => {
    expect(addDays("2019-06-30" as CalendarDate, 30)).toBe("2019-07-30");
    expect(addDays("2020-02-28" as CalendarDate, 1)).toBe("2020-02-29");
    expect(addDays("2019-12-31" as CalendarDate, 1)).toBe("2020-01-01");
    expect(addDays("2019-03-01" as CalendarDate, -1)).toBe("2019-02-28");
    expect(addDays("0999-12-31" as CalendarDate, 1)).toBe("1000-01-01");
  });

  it.each(["en", "de", "fr", "ja", "ar", "en-GB", "es-419"])("formats every day of 1970–2099 as luxon does, in %s", (locale) => {
    for (const style of ["long", "medium", "short"] as const) {
      for (let day = "1970-01-01" as CalendarDate; day < "2100-01-01"; day = addDays(day, 3)) {
        if (formatCalendarDate(day, locale, style) !== formatWithLuxon(day, locale, style)) {
          expect(formatCalendarDate(day, locale, style), `${day} ${style}`).toBe(formatWithLuxon(day, locale, style));
        }
      }
    }
    expect(formatCalendarDate("2024-02-29" as CalendarDate, locale, "long")).toBe(formatWithLuxon("2024-02-29" as CalendarDate, locale, "long"));
  });

  it("formats in the site's locale", () => {
    expect(formatCalendarDate("2019-04-12" as CalendarDate, "en", "long")).toBe("April 12, 2019");
    expect(formatCalendarDate("2019-04-12" as CalendarDate, "de", "long")).toBe("12. April 2019");
  });

  // Dates are calendar days: west or east of UTC, April 12 stays April 12, parsed and formatted.
  it.each(["America/Los_Angeles", "Asia/Tokyo", "UTC"])("stays the same day under TZ=%s", (tz) => {
    const script = `
      const { loadArchive } = await import("./src/load/load-archive.ts");
      const { formatCalendarDate } = await import("./src/model/calendar-date.ts");
      const { archive } = await loadArchive("content");
      const agenda = archive.reports[0].data.agenda;
      console.log(JSON.stringify([agenda[0].date, agenda.at(-1).date, formatCalendarDate(agenda[0].date, "en"), archive.reports[0].data.submitted, new Date(2019, 3, 12).getTimezoneOffset() !== 0 || ${JSON.stringify(tz)} === "UTC"]));
    `;
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, TZ: tz },
      encoding: "utf8",
    });
    expect(JSON.parse(out.trim())).toEqual(["2019-04-12", "2019-06-21", "April 12, 2019", "2019-07-12", true]);
  });
});
