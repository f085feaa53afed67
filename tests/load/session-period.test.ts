// A session may be dated on any day of the period its report covers: the quarter for a quarterly
// group, the half-year for a half-yearly one (2019-Q2.md covers January–June), the year for a
// yearly one (2019-Q4.md). The check reads the group's cadence from its index.md, wherever the
// report loads (this thread or a worker) and across watch-mode reloads.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type LoadCache, type LoadOptions, loadArchive } from "../../src/load/load-archive.ts";
import { makeContent } from "../helpers/content.ts";

const index = (cadence?: string, extra = "") => `---\nname: Test SIG\nestablished: 2019-01-01\n${cadence ? `cadence: ${cadence}\n` : ""}${extra}---\nA group.\n`;
const report = (...dates: string[]) => `---\nagenda:\n${dates.map((d, i) => `  - date: ${d}\n    title: Session ${i}\n`).join("")}---\nThe report.\n`;

async function sessionErrors(cadence: string | undefined, quarter: string, dates: string[], options: LoadOptions = {}, extra = "") {
  const dir = await makeContent({ "groups/test/index.md": index(cadence, extra), [`groups/test/${quarter}.md`]: report(...dates) });
  const { diagnostics } = await loadArchive(dir, { display: (rel) => rel, ...options });
  return diagnostics.filter((d) => d.code === "session-outside-quarter");
}

const HALF = "this half-yearly report covers Q1 2019 to Q2 2019 (2019-01-01 to 2019-06-30)";
const YEAR = "this yearly report covers Q1 2019 to Q4 2019 (2019-01-01 to 2019-12-31)";

describe("a session inside the period its report covers is accepted", () => {
  it.each([
    ["half-yearly", "2019-Q2", ["2019-01-01", "2019-03-05", "2019-06-30"]],
    ["half-yearly", "2019-Q4", ["2019-07-01", "2019-09-30", "2019-12-31"]],
    ["yearly", "2019-Q4", ["2019-01-01", "2019-03-05", "2019-08-15", "2019-12-31"]],
    ["quarterly", "2019-Q2", ["2019-04-01", "2019-06-30"]],
    [undefined, "2019-Q2", ["2019-04-01", "2019-06-30"]],
  ])("%s, %s: %j", async (cadence, quarter, dates) => {
    expect(await sessionErrors(cadence, quarter, dates)).toEqual([]);
  });
});

describe("a session outside it is refused, at its date, saying the period", () => {
  it.each([
    ["half-yearly", "2019-Q2", "2018-12-31", `2018-12-31 is in Q4 2018, but ${HALF}.`],
    ["half-yearly", "2019-Q2", "2019-07-01", `2019-07-01 is in Q3 2019, but ${HALF}.`],
    ["half-yearly", "2019-Q4", "2019-06-30", "2019-06-30 is in Q2 2019, but this half-yearly report covers Q3 2019 to Q4 2019 (2019-07-01 to 2019-12-31)."],
    ["yearly", "2019-Q4", "2018-12-31", `2018-12-31 is in Q4 2018, but ${YEAR}.`],
    ["yearly", "2019-Q4", "2020-01-02", `2020-01-02 is in Q1 2020, but ${YEAR}.`],
    ["quarterly", "2019-Q2", "2019-03-05", "2019-03-05 is in Q1 2019, but this report is for Q2 2019 (2019-04-01 to 2019-06-30)."],
    [undefined, "2019-Q2", "2019-03-05", "2019-03-05 is in Q1 2019, but this report is for Q2 2019 (2019-04-01 to 2019-06-30)."],
  ])("%s, %s: %s", async (cadence, quarter, date, message) => {
    const [inside] = cadence === "yearly" || quarter === "2019-Q4" ? ["2019-12-01"] : ["2019-05-01"];
    const errors = await sessionErrors(cadence, quarter, [inside!, date]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: "error", file: `groups/test/${quarter}.md`, line: 5, column: 11, field: "agenda[1].date", found: date, message });
  });
});

describe("the cadence reaches every way a report loads", () => {
  it("in a worker thread", async () => {
    expect(await sessionErrors("half-yearly", "2019-Q2", ["2019-03-05"], { workers: 1, workersOnly: true })).toEqual([]);
    const [d] = await sessionErrors("half-yearly", "2019-Q2", ["2019-05-01", "2019-07-01"], { workers: 1, workersOnly: true });
    expect(d).toMatchObject({ line: 5, column: 11, field: "agenda[1].date", message: `2019-07-01 is in Q3 2019, but ${HALF}.` });
  });

  it("from a group index that has another error, when its cadence is valid", async () => {
    const dir = await makeContent({ "groups/test/index.md": index("half-yearly", "reportDueDays: -3\n"), "groups/test/2019-Q2.md": report("2019-03-05") });
    const { diagnostics } = await loadArchive(dir, { display: (rel) => rel });
    expect(diagnostics.map((d) => [d.file, d.field])).toEqual([["groups/test/index.md", "reportDueDays"]]);
  });

  it("in watch mode, where a change of the group's cadence re-checks its unchanged reports", async () => {
    const dir = await makeContent({ "groups/test/index.md": index(), "groups/test/2019-Q2.md": report("2019-03-05") });
    const cache: LoadCache = new Map();
    const codes = async () => (await loadArchive(dir, { cache, display: (rel) => rel })).diagnostics.map((d) => d.code);
    expect(await codes()).toEqual(["session-outside-quarter"]);
    await writeFile(path.join(dir, "groups/test/index.md"), index("half-yearly"));
    expect(await codes()).toEqual([]);
    await writeFile(path.join(dir, "groups/test/index.md"), index("quarterly"));
    expect(await codes()).toEqual(["session-outside-quarter"]);
  });
});
