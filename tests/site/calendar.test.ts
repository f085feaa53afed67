// /calendar.ics and /groups/<group>/calendar.ics, parsed with ical.js (a real iCalendar parser):
// one all-day event per report a group owes, on its due date with its extension applied, UIDs that
// stay the same from one build to the next, and RFC 5545 text escaping and line folding.
import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { makeContent } from "../helpers/content.ts";
import { page } from "../helpers/site.ts";

// A name with the characters iCalendar text must escape, long enough that its lines fold.
const LONG = "Identity, Trust; and Interoperability \\ Cross-Ledger Special Interest Group of the Foundation";

let content: string;
const built: Record<string, string> = {};

async function build(today: string): Promise<string> {
  const run = await buildInto(content, ["--no-search"], { SIGREPORT_TODAY: today, TZ: "America/Los_Angeles" });
  expect(run.status, run.stderr).toBe(0);
  return run.output;
}

beforeAll(async () => {
  content = await makeContent(
    {
      "site.yaml": "title: Test reports\nurl: https://reports.example.org/\nreportDueDays: 30\n",
      "groups/alpha/index.md": `---\nname: ${JSON.stringify(LONG)}\nestablished: 2019-01-01\nchairs: [Ada Chair]\nreportDueDays: 14\nextensions:\n  - { quarter: 2019-Q3, until: 2019-11-30, reason: "Team offsite" }\n---\nA.\n`,
      "groups/half/index.md": "---\nname: Half SIG\nestablished: 2019-01-01\ncadence: half-yearly\nchairs: [Bo Chair]\n---\nB.\n",
      "groups/alpha/2019-Q1.md": "---\nsubmitted: 2019-04-10\n---\nBody.\n",
      "groups/half/2019-Q2.md": "---\nsubmitted: 2019-08-20\n---\nBody.\n",
    },
    { defaults: false },
  );
  built["2020-02-10"] = await build("2020-02-10");
  built["2020-05-20"] = await build("2020-05-20");
}, 120_000);

interface Event {
  uid: string;
  start: string;
  allDay: boolean;
  summary: string;
  description: string;
  url: string;
}

function events(out: string, file: string): Event[] {
  const text = readFileSync(path.join(out, file), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
      url: String(v.getFirstPropertyValue("url")),
    };
  });
}

describe("a group's calendar", () => {
  it("has one all-day event per report the group owes, on its own due date, the extension applied", () => {
    const alpha = events(built["2020-02-10"]!, "groups/alpha/calendar.ics");
    expect(alpha.map((e) => [e.uid, e.start, e.allDay])).toEqual([
      ["alpha-2019-Q1@reports.example.org", "2019-04-14", true], // reportDueDays: 14
      ["alpha-2019-Q2@reports.example.org", "2019-07-14", true],
      ["alpha-2019-Q3@reports.example.org", "2019-11-30", true], // extended
      ["alpha-2019-Q4@reports.example.org", "2020-01-14", true],
      ["alpha-2020-Q1@reports.example.org", "2020-04-14", true], // the current quarter's, not yet due
    ]);
    expect(alpha[0]!.summary).toBe(`Q1 2019 report for the ${LONG}: due`);
    expect(alpha[0]!.description).toBe("Filed on April 10, 2019.");
    expect(alpha[0]!.url).toBe("https://reports.example.org/groups/alpha/2019-q1/");
    expect(alpha[1]!.description).toBe("Not filed yet.");
    expect(alpha[1]!.url).toBe("https://reports.example.org/groups/alpha/");
    expect(alpha[2]!.description).toBe("Not filed yet. Extended to November 30, 2019: Team offsite.");
  });

  it("follows a half-yearly group's cadence, and always holds its next deadline", () => {
    // In Q1 2020 the next report owed is Q2 2020's, after the current quarter.
    expect(events(built["2020-02-10"]!, "groups/half/calendar.ics").map((e) => [e.uid.split("@")[0], e.start])).toEqual([
      ["half-2019-Q2", "2019-07-30"],
      ["half-2019-Q4", "2020-01-30"],
      ["half-2020-Q2", "2020-07-30"],
    ]);
  });

  it("keeps each event's UID from one build to the next, so a subscribed calendar updates in place", () => {
    const before = events(built["2020-02-10"]!, "groups/alpha/calendar.ics");
    const after = events(built["2020-05-20"]!, "groups/alpha/calendar.ics");
    expect(after.slice(0, before.length).map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after.map((e) => e.uid).at(-1)).toBe("alpha-2020-Q2@reports.example.org");
  });
});

describe("the site's calendar", () => {
  it("holds every group's events, by due date, with unique UIDs", () => {
    const all = events(built["2020-02-10"]!, "calendar.ics");
    const alpha = events(built["2020-02-10"]!, "groups/alpha/calendar.ics");
    const half = events(built["2020-02-10"]!, "groups/half/calendar.ics");
    expect(new Set(all.map((e) => e.uid))).toEqual(new Set([...alpha, ...half].map((e) => e.uid)));
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    expect(all.map((e) => e.start)).toEqual([...all.map((e) => e.start)].sort());
  });

  it("is RFC 5545 text: CRLF line ends, lines folded at 75 octets, commas and semicolons escaped", () => {
    const raw = readFileSync(path.join(built["2020-02-10"]!, "calendar.ics"), "utf8");
    const lines = raw.split("\r\n");
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
    // The long name is folded: some line continues another (starts with a space).
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    const unfolded = raw.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("SUMMARY:Q1 2019 report for the Identity\\, Trust\\; and Interoperability \\\\ Cross-Ledger");
  });
});

it("is linked from /status/", () => {
  const link = page(built["2020-02-10"]!, "/status/").querySelector('a[type="text/calendar"]');
  expect(link?.getAttribute("href")).toBe("/calendar.ics");
});
