// The reminder workflow's script runs here against a fake GitHub client, fed by `sigreport due`'s
// real JSON for the oversight fixture, so the contract between the two is tested, not assumed.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/cli/main.ts";
import { captureIo } from "../helpers/content.ts";
import { OVERSIGHT_CONTENT, OVERSIGHT_TODAY } from "../helpers/oversight.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

const workflow = async () => parse(await readFile(".github/workflows/report-reminders.yml", "utf8"));

async function dueJson(): Promise<string> {
  const io = captureIo();
  await run(["due", "--content", OVERSIGHT_CONTENT, "--date", OVERSIGHT_TODAY, "--format", "json"], io);
  return io.stdout();
}

/** Runs the github-script step's script as github-script would: an async function of github, context, core, require. */
async function runScript(options: { openTitles: string[]; labelExists: boolean }) {
  const steps: Step[] = (await workflow()).jobs.remind.steps;
  const script = steps.find((s) => s.uses === "actions/github-script@v9")!.with!["script"] as string;
  const json = await dueJson();
  const created: { title: string; body: string; labels: string[] }[] = [];
  const labelsCreated: string[] = [];
  const github = {
    paginate: async (_fn: unknown, params: { state: string }) => {
      expect(params.state).toBe("open");
      return [...options.openTitles.map((title) => ({ title })), { title: "Report overdue: Delta SIG Q1 2020", pull_request: {} }];
    },
    rest: {
      issues: {
        listForRepo: () => undefined,
        getLabel: async () => {
          if (!options.labelExists) throw Object.assign(new Error("Not Found"), { status: 404 });
        },
        createLabel: async ({ name }: { name: string }) => void labelsCreated.push(name),
        create: async (issue: { title: string; body: string; labels: string[] }) => void created.push(issue),
      },
    },
  };
  const core = { info: () => undefined, notice: () => undefined };
  const fakeRequire = (name: string) => {
    expect(name).toBe("fs");
    return { readFileSync: (file: string) => (expect(file).toBe("due.json"), json) };
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
  await new AsyncFunction("github", "context", "core", "require", script)(github, { repo: { owner: "o", repo: "r" } }, core, fakeRequire);
  return { created, labelsCreated };
}

describe("the report-reminders workflow", () => {
  it("runs weekly and on demand, with least permissions and actions pinned to major versions", async () => {
    const wf = await workflow();
    expect(wf.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(wf.on).toHaveProperty("workflow_dispatch");
    expect(wf.permissions).toEqual({ contents: "read", issues: "write" });
    const steps: Step[] = wf.jobs.remind.steps;
    expect(steps.flatMap((s) => s.uses ?? [])).toEqual(["actions/checkout@v7", "actions/setup-node@v7", "actions/github-script@v9"]);
    expect(steps[1]!.with).toMatchObject({ cache: "npm" });
    expect(steps.flatMap((s) => s.run ?? [])).toEqual(["npm ci", "npx sigreport due --format json > due.json"]);
  });

  it("opens one issue per overdue report, labelled, creating the label first", async () => {
    const { created, labelsCreated } = await runScript({ openTitles: [], labelExists: false });
    expect(labelsCreated).toEqual(["report-overdue"]);
    expect(created.map((i) => i.title)).toEqual([
      "Report overdue: Beta SIG Q4 2019",
      "Report overdue: Delta SIG Q4 2019",
      "Report overdue: Delta SIG Q1 2020",
    ]);
    expect(created.every((i) => i.labels.join() === "report-overdue")).toBe(true);
    expect(created[2]!.body).toContain("was due on 2020-04-30 and is 76 days overdue");
    expect(created[2]!.body).toContain("Chairs: Dee Ay, Dee Bee");
  });

  it("skips reports whose issue is already open (an open pull request of that title does not count)", async () => {
    const { created, labelsCreated } = await runScript({ openTitles: ["Report overdue: Beta SIG Q4 2019", "Something else"], labelExists: true });
    expect(labelsCreated).toEqual([]);
    expect(created.map((i) => i.title)).toEqual(["Report overdue: Delta SIG Q4 2019", "Report overdue: Delta SIG Q1 2020"]);
  });
});
