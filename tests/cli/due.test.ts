import { describe, expect, it } from "vitest";
import { dueReports } from "../../src/archive/due.ts";
import { run } from "../../src/cli/main.ts";
import { type CalendarDate, today } from "../../src/model/calendar-date.ts";
import { captureIo, makeContent } from "../helpers/content.ts";
import { OVERSIGHT_CONTENT, OVERSIGHT_TODAY, loadOversight } from "../helpers/oversight.ts";

const due = async (...args: string[]) => {
  const io = captureIo();
  const code = await run(["due", "--content", OVERSIGHT_CONTENT, ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe("sigreport due", () => {
  it("lists overdue reports first, then those due, with days and chairs, and exits 0", async () => {
    const { code, out, err } = await due("--date", OVERSIGHT_TODAY);
    expect(err).toBe("");
    expect(code).toBe(0);
    // Gamma TF is retired, so its missing Q2 2019 is not listed; Epsilon filed Q2 2020 early.
    expect(out).toBe(
      [
        "Reports due or overdue on 2020-07-15 (a report is due 30 days after its quarter ends):",
        "overdue  Beta SIG   Q4 2019  due 2020-01-30  167 days overdue  chairs: Bea One, Bo Two",
        "overdue  Delta SIG  Q4 2019  due 2020-01-30  167 days overdue  chairs: Dee Ay, Dee Bee",
        "overdue  Delta SIG  Q1 2020  due 2020-04-30  76 days overdue   chairs: Dee Ay, Dee Bee",
        "due      Alpha WG   Q2 2020  due 2020-07-30  15 days left      chairs: Ada Chair",
        "due      Beta SIG   Q2 2020  due 2020-07-30  15 days left      chairs: Bea One, Bo Two",
        "due      Delta SIG  Q2 2020  due 2020-07-30  15 days left      chairs: Dee Ay, Dee Bee",
        "3 overdue, 3 due.",
        "",
      ].join("\n"),
    );
  });

  it("prints an array for a workflow with --format json", async () => {
    const { code, out } = await due("--date", OVERSIGHT_TODAY, "--format", "json");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toHaveLength(6);
    expect(json[2]).toEqual({
      group: "delta",
      groupName: "Delta SIG",
      quarter: "2020-Q1",
      quarterLabel: "Q1 2020",
      status: "overdue",
      due: "2020-04-30",
      daysOverdue: 76,
      daysLeft: 0,
      chairs: ["Dee Ay", "Dee Bee"],
      file: `${OVERSIGHT_CONTENT}/groups/delta/2020-Q1.md`,
    });
    expect(json.map((d: { group: string; quarter: string; status: string }) => `${d.status} ${d.group} ${d.quarter}`)).toEqual([
      "overdue beta 2019-Q4",
      "overdue delta 2019-Q4",
      "overdue delta 2020-Q1",
      "due alpha 2020-Q2",
      "due beta 2020-Q2",
      "due delta 2020-Q2",
    ]);
  });

  it("prints ::warning for overdue and ::notice for due with --format github", async () => {
    const { out } = await due("--date", OVERSIGHT_TODAY, "--format=github");
    const lines = out.trim().split("\n");
    expect(lines[0]).toBe(
      `::warning title=Report overdue%3A Beta SIG Q4 2019::The Q4 2019 report of Beta SIG was due 2020-01-30 (167 days ago): ${OVERSIGHT_CONTENT}/groups/beta/2019-Q4.md. Chairs: Bea One, Bo Two.`,
    );
    expect(lines.map((l) => l.slice(0, l.indexOf(" ")))).toEqual(["::warning", "::warning", "::warning", "::notice", "::notice", "::notice"]);
  });

  it("counts a report due on its due date itself, and overdue the day after", async () => {
    const { archive } = await loadOversight();
    const alphaQ2 = (day: string) => dueReports(archive, day as CalendarDate).find((d) => d.group === "alpha" && d.quarter.id === "2020-Q2");
    expect(alphaQ2("2020-06-30")).toBeUndefined(); // the quarter has not ended
    expect(alphaQ2("2020-07-01")).toMatchObject({ status: "due", daysLeft: 29, daysOverdue: 0 });
    expect(alphaQ2("2020-07-30")).toMatchObject({ status: "due", daysLeft: 0, daysOverdue: 0 });
    expect(alphaQ2("2020-07-31")).toMatchObject({ status: "overdue", daysLeft: 0, daysOverdue: 1 });
    expect((await due("--date", "2020-07-30")).out).toContain("Alpha WG   Q2 2020  due 2020-07-30  due today");
  });

  it("defaults to today in UTC", async () => {
    const { code, out } = await due();
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe(`Reports due or overdue on ${today()} (a report is due 30 days after its quarter ends):`);
  });

  it("says so when nothing is due", async () => {
    const dir = await makeContent({ "groups/test/index.md": "---\nname: T\nestablished: 2020-01-01\n---\n", "groups/test/2020-Q1.md": "---\n---\nOn time.\n" });
    const io = captureIo();
    expect(await run(["due", "--content", dir, "--date", "2020-05-01"], io)).toBe(0);
    expect(io.stdout()).toBe("No reports are due or overdue on 2020-05-01.\n");
  });

  it("exits 1 without a list when the content has errors: a broken report would look missing", async () => {
    const dir = await makeContent({ "groups/test/2019-Q1.md": "---\ntitle: [unclosed\n---\n" });
    const io = captureIo();
    expect(await run(["due", "--content", dir, "--date", "2020-05-01"], io)).toBe(1);
    expect(io.stdout()).toBe("");
    expect(io.stderr()).toContain("The content has errors (1 error in 1 file.)");
  });

  it.each([
    [["--date", "2020-02-30"], "--date must be a calendar day written YYYY-MM-DD; got 2020-02-30."],
    [["--date", "15/07/2020"], "--date must be a calendar day written YYYY-MM-DD; got 15/07/2020."],
    [["--format", "xml"], "--format must be one of text, json, github; got xml."],
    [["extra"], "due takes no arguments; got extra."],
    [["--soon"], "Unknown option --soon."],
  ])("exits 2 with usage on %j", async (args, message) => {
    const io = captureIo();
    expect(await run(["due", "--content", OVERSIGHT_CONTENT, ...args], io)).toBe(2);
    expect(io.stderr()).toContain(message);
    expect(io.stderr()).toContain("Usage: sigreport due");
  });

  it("exits 2 when the content folder does not exist", async () => {
    const io = captureIo();
    expect(await run(["due", "--content", "/nonexistent/content"], io)).toBe(2);
    expect(io.stderr()).toContain("There is no content folder at /nonexistent/content.");
  });
});
