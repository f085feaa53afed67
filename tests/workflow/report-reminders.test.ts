// The reminders workflow's script against GitHub's REST API faked over HTTP (tests/helpers/
// fake-github.ts), fed by `sigreport remind`'s real JSON for the cycle fixture day by day: the
// contract between the two is tested, not assumed.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type RunLine, LABEL, runReminders, summaryMarkdown } from "../../src/workflow/report-reminders.ts";
import { type FakeGitHub, fakeGitHub } from "../helpers/fake-github.ts";
import { CYCLE_CONTENT, copyCycle, remindJson } from "../helpers/cycle.ts";

const execFileAsync = promisify(execFile);
let gh: FakeGitHub;
beforeEach(async () => void (gh = await fakeGitHub()));
afterEach(async () => gh.close());

const target = () => ({ api: gh.api, token: "t0ken", repository: "o/r", server: "https://github.example", sha: "abc123" });
const pass = async (date: string, content = CYCLE_CONTENT): Promise<RunLine[]> => runReminders(await remindJson(date, content), { github: target(), contentDir: content });

describe("the reminders workflow file", () => {
  it("runs daily, on merges to content and on demand, with least permissions, and runs remind then the tested script", async () => {
    const wf = parse(await readFile(".github/workflows/report-reminders.yml", "utf8"));
    expect(wf.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(wf.on.push.paths).toEqual(["content/groups/**"]);
    expect(wf.permissions).toEqual({ contents: "read", issues: "write" });
    const runs: string[] = wf.jobs.remind.steps.flatMap((s: { run?: string }) => s.run ?? []);
    expect(runs).toContain("npx sigreport remind --format json > remind.json");
    const script = runs.find((r) => r.includes("report-reminders.js"))!;
    // The installed package's compiled script first, else this repository's own, compiled from src/ by npm ci.
    expect(script).toContain("node_modules/sigreport/dist/src/workflow/report-reminders.js");
    const fallback = /script=(dist\/\S+)/.exec(script)![1]!;
    const source = fallback.replace(/^dist\//, "").replace(/\.js$/, ".ts");
    await expect(readFile(source, "utf8")).resolves.toContain("export async function runReminders");
  });
});

describe("the reminders workflow's script", () => {
  it("opens one issue at the first call, comments once per later stage, and closes it with a link when the report arrives", async () => {
    const content = await copyCycle();
    expect((await pass("2019-10-09", content)).map((l) => [l.group, l.quarter, l.stage, l.action])).toEqual([["finance", "2019-Q3", "first-call", "opened"]]);
    expect(gh.labels).toEqual([LABEL]);
    expect(gh.issues).toHaveLength(1);
    const issue = gh.issues[0]!;
    expect(issue.title).toBe("Q3 2019 report for the Finance SIG: due October 30");
    expect(issue.labels).toEqual([LABEL]);
    expect(issue.body).toContain("For @ada-l, Ben Chair, @cy-w, @liz-l.");

    // The same stage again (the next day's run): nothing new is said.
    expect((await pass("2019-10-10", content)).map((l) => l.action)).toEqual(["up-to-date"]);
    expect(issue.comments).toHaveLength(0);

    for (const [date, stage] of [["2019-10-23", "reminder"], ["2019-10-29", "last-call"], ["2019-10-31", "overdue"], ["2019-11-02", "overdue"]] as const) {
      const lines = await pass(date, content);
      expect(lines.find((l) => l.quarter === "2019-Q3")).toMatchObject({ stage, issue: 1 });
    }
    expect(gh.issues).toHaveLength(1);
    expect(issue.comments).toHaveLength(3);
    expect(issue.comments[0]).toContain("**Reminder**");
    expect(issue.comments[2]).toContain("was due on October 30, 2019, 1 day ago");
    expect(issue.comments.join("\n")).not.toMatch(/missing/i);

    await writeFile(path.join(content, "groups/finance/2019-Q3.md"), "---\nsubmitted: 2019-11-03\n---\nAt last.\n");
    const closed = await pass("2019-11-03", content);
    expect(closed).toEqual([{ group: "finance", quarter: "2019-Q3", stage: "filed", action: "closed", issue: 1, recipients: [] }]);
    expect(issue.state).toBe("closed");
    expect(issue.comments.at(-1)).toMatch(/The report has arrived: \[.*groups\/finance\/2019-Q3\.md\]\(https:\/\/github\.example\/o\/r\/blob\/abc123\/.*groups\/finance\/2019-Q3\.md\)/);
    expect(gh.requests.every((r) => r.auth === "Bearer t0ken")).toBe(true);
  });

  it("on its first run over years of history opens issues only for reports first called within firstCallDays", async () => {
    const content = await copyCycle();
    await mkdir(path.join(content, "groups/old"), { recursive: true });
    await writeFile(path.join(content, "groups/old/index.md"), "---\nname: Old SIG\nestablished: 2010-01-01\nchairs:\n  - name: Otto Old\n    github: otto\n---\n");
    const lines = await pass("2019-10-09", content);
    // Old SIG's Q2 2019 (the latest of 38 missed reports) is listed, but not filed as a new issue.
    expect(lines.map((l) => [l.group, l.quarter, l.stage, l.action])).toEqual([
      ["old", "2019-Q2", "non-responsive", "not-opened"],
      ["finance", "2019-Q3", "first-call", "opened"],
      ["old", "2019-Q3", "first-call", "opened"],
    ]);
    expect(gh.issues.map((i) => i.title)).toEqual(["Q3 2019 report for the Finance SIG: due October 30", "Q3 2019 report for the Old SIG: due October 30"]);
  });

  it("finds its issues across pages, keeps one closed by hand closed, and follows an extension's new title", async () => {
    const content = await copyCycle();
    // Trade Finance SIG's Q4 2019 first call is 21 days before its extended due date, 2020-03-15.
    // The day before, only Annual WG (due 2020-02-29) is called; Finance SIG's overdue Q4 2019 was
    // first called before this workflow's first run, so it gets no issue.
    const before = await pass("2020-02-22", content);
    expect(before.map((l) => [l.group, l.action])).toEqual([["finance", "not-opened"], ["annual", "opened"]]);
    const opened = await pass("2020-02-23", content);
    expect(opened.filter((l) => l.action === "opened").map((l) => l.group)).toEqual(["trade"]);
    // Pages of two: a third labelled issue forces the script to follow the Link header.
    gh.issues.push({ number: 99, title: "Unrelated", body: "no marker", state: "open", labels: [LABEL], comments: [] });
    const annual = gh.issues.find((i) => i.title.includes("Annual WG"))!;
    annual.state = "closed";
    const trade = gh.issues.find((i) => i.title.includes("Trade Finance"))!;
    trade.title = "Renamed by someone";
    const later = await pass("2020-03-08", content);
    expect(later.find((l) => l.group === "annual")).toMatchObject({ action: "left-closed", stage: "overdue" });
    expect(later.find((l) => l.group === "trade")).toMatchObject({ action: "commented", stage: "reminder" });
    expect(trade.title).toBe("Q4 2019 report for the Trade Finance SIG: due March 15, 2020");
    expect(gh.requests.some((r) => r.path.includes("page=2"))).toBe(true);
    expect(gh.issues.filter((i) => i.title.includes("Annual WG"))).toHaveLength(1);
  });
});

describe("the script as the workflow runs it", () => {
  it("reads remind.json and the content from a site's checkout, files the issue and writes the step summary", async () => {
    const site = await mkdtemp(path.join(tmpdir(), "sigreport-site-"));
    await cp(CYCLE_CONTENT, path.join(site, "content"), { recursive: true });
    await writeFile(path.join(site, "remind.json"), JSON.stringify(await remindJson("2019-10-09", path.join(site, "content"))));
    const summary = path.join(site, "summary.md");
    const script = path.resolve("src/workflow/report-reminders.ts");
    const env = { PATH: process.env["PATH"], GITHUB_TOKEN: "t0ken", GITHUB_REPOSITORY: "o/r", GITHUB_SHA: "abc123", GITHUB_API_URL: gh.api, GITHUB_SERVER_URL: "https://github.example", GITHUB_STEP_SUMMARY: summary };
    const { stdout } = await execFileAsync(process.execPath, ["--import", import.meta.resolve("tsx"), script, "remind.json", "content"], { cwd: site, env });
    expect(stdout).toContain("4 people reached: @ada-l, Ben Chair, @cy-w, @liz-l.");
    expect(await readFile(summary, "utf8")).toContain("| finance | 2019-Q3 | first-call | issue opened (#1) |");
    expect(gh.issues.map((i) => i.title)).toEqual(["Q3 2019 report for the Finance SIG: due October 30"]);
    // Without the token it stops with a sentence, not a stack of API errors.
    const failed = await execFileAsync(process.execPath, ["--import", import.meta.resolve("tsx"), script], { cwd: site, env: { PATH: process.env["PATH"] } }).catch((e: { stderr: string }) => e);
    expect((failed as { stderr: string }).stderr).toBe("report-reminders: GITHUB_TOKEN is not set: this runs inside a GitHub Actions job.\n");
  });
});

describe("the run summary", () => {
  it("names whom the run reached and what it did per report", () => {
    const text = summaryMarkdown([
      { group: "finance", quarter: "2019-Q3", stage: "reminder", action: "commented", issue: 1, recipients: ["@ada-l", "Ben Chair"] },
      { group: "old", quarter: "2019-Q2", stage: "non-responsive", action: "not-opened", recipients: ["@otto"] },
    ]);
    expect(text).toContain("2 people reached: @ada-l, Ben Chair.");
    expect(text).toContain("| finance | 2019-Q3 | reminder | commented (#1) | @ada-l, Ben Chair |");
    expect(text).toContain("| old | 2019-Q2 | non-responsive | no issue: first call before this workflow's window | @otto |");
  });
});
