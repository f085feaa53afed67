import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { captureIo, makeContent } from "../helpers/content.ts";
import { CYCLE_CONTENT } from "../helpers/cycle.ts";

const remind = async (...args: string[]) => {
  const io = captureIo();
  const code = await run(["remind", ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe("sigreport remind", () => {
  it("prints each call as a row: stage, group, quarter, due date (extension marked), whom to ask", async () => {
    const { code, out, err } = await remind("--content", CYCLE_CONTENT, "--date", "2020-02-23");
    expect([code, err]).toEqual([0, ""]);
    expect(out).toBe(
      [
        "Calls on 2020-02-23 (first call 21, reminder 7, last call 1 days before the due date):",
        "non-responsive  Finance SIG        Q4 2019  due 2020-01-30             @ada-l, Ben Chair, @cy-w, @liz-l",
        "reminder        Annual WG          Q4 2019  due 2020-02-29             Una Annual, Uri Annual",
        "first-call      Trade Finance SIG  Q4 2019  due 2020-03-15 (extended)  @tom-t, Tia Trade",
        "",
      ].join("\n"),
    );
  });

  it("annotates a workflow run with --format github: warnings once past due, notices before", async () => {
    const { out } = await remind("--content", CYCLE_CONTENT, "--date", "2020-02-23", "--format", "github");
    const lines = out.trim().split("\n");
    expect(lines[0]).toMatch(/^::warning title=Q4 2019 report for the Finance SIG%3A due January 30%2C 2020::Several reports outstanding: /);
    expect(lines[2]).toMatch(/^::notice title=Q4 2019 report for the Trade Finance SIG%3A due March 15%2C 2020::First call: /);
  });

  it("says nothing is due on a quiet day, refuses content with errors, and rejects a bad date", async () => {
    expect((await remind("--content", CYCLE_CONTENT, "--date", "2019-09-01")).out).toBe("No reports to call about on 2019-09-01.\n");
    const broken = await makeContent({ "groups/test/2019-Q1.md": "---\nhealth: [\n---\n" });
    const refused = await remind("--content", broken, "--date", "2019-09-01");
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("so who to remind cannot be trusted");
    const bad = await remind("--date", "2019-13-01");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--date must be a calendar day");
  });

  it("runs with today's real date (no --date) and prints a table or the quiet line", async () => {
    const { code, out } = await remind("--content", CYCLE_CONTENT);
    expect(code).toBe(0);
    expect(out).toMatch(/^(Calls on \d{4}-\d{2}-\d{2} |No reports to call about on \d{4}-\d{2}-\d{2}\.)/);
    expect(out).not.toMatch(/missing/i);
  });
});
