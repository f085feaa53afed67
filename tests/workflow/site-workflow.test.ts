// The workflows are code nobody runs locally: these tests catch a renamed script or command, an
// action behind the list in src/ci/action-versions.ts, or a permission creeping up, before a pull
// request finds out on GitHub.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ACTION_MAJORS, NODE_VERSION } from "../../src/ci/action-versions.ts";
import { run } from "../../src/cli/main.ts";
import { REPO, captureIo } from "../helpers/cli.ts";

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress"?: boolean };
  steps: Step[];
}
interface Workflow {
  on: Record<string, { paths?: string[]; "paths-ignore"?: string[]; branches?: string[] } | null>;
  permissions: Record<string, string>;
  concurrency?: { group: string };
  jobs: Record<string, Job>;
}

/**
 * Every folder of workflows that must follow the list: this repository's, and (when the `init`
 * command's starters are merged in) theirs.
 */
const WORKFLOW_FOLDERS = [".github/workflows", "starter/_github/workflows"];

async function allWorkflows(): Promise<{ file: string; workflow: Workflow }[]> {
  const found = [];
  for (const folder of WORKFLOW_FOLDERS) {
    for (const name of (await readdir(path.join(REPO, folder))).filter((n) => /\.ya?ml$/.test(n))) {
      const file = path.join(folder, name);
      found.push({ file, workflow: parse(await readFile(path.join(REPO, file), "utf8")) as Workflow });
    }
  }
  return found;
}

const workflow = async (name: string) => parse(await readFile(path.join(REPO, ".github/workflows", name), "utf8")) as Workflow;
const packageJson = async () => JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> };
const commands = (job: Job) => job.steps.flatMap((s) => (s.run ? s.run.split("\n").map((l) => l.trim()).filter(Boolean) : []));
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);

/** The CLI's commands, as its own usage lists them. */
async function cliCommands(): Promise<string[]> {
  const io = captureIo();
  await run(["help"], io);
  return [...io.stdout.join("\n").matchAll(/^ {2}([a-z][\w-]*) {2,}/gm)].map((m) => m[1]!);
}

describe("every workflow", () => {
  it("uses each action at the major listed in src/ci/action-versions.ts, and Node at NODE_VERSION", async () => {
    const workflows = await allWorkflows();
    expect(workflows.map((w) => w.file)).toEqual(expect.arrayContaining([".github/workflows/site.yml", ".github/workflows/tests.yml", ".github/workflows/report-reminders.yml"]));
    for (const { file, workflow: wf } of workflows) {
      for (const step of steps(wf)) {
        if (step.uses === undefined) continue;
        const match = /^([\w-]+\/[\w-]+)@v(\d+)$/.exec(step.uses);
        expect(match, `${file}: ${step.uses} is pinned to a major, owner/name@vN`).not.toBeNull();
        const [, action, major] = match!;
        expect(Object.keys(ACTION_MAJORS), `${file}: ${action} is in the list`).toContain(action);
        expect(Number(major), `${file}: ${step.uses}`).toBe(ACTION_MAJORS[action as keyof typeof ACTION_MAJORS]);
        if (action === "actions/setup-node") expect(step.with?.["node-version"], file).toBe(NODE_VERSION);
      }
    }
  });

  it("grants only contents: read at the top, and more only to the job that needs it", async () => {
    const allowed: Record<string, Record<string, string> | undefined> = {
      "site.yml/build": { contents: "read", pages: "read" },
      "site.yml/deploy": { pages: "write", "id-token": "write" },
      // sigreport init's starter: the same two jobs, in a workflow of their own.
      "pages.yml/build": { contents: "read", pages: "read" },
      "pages.yml/deploy": { pages: "write", "id-token": "write" },
    };
    for (const { file, workflow: wf } of await allWorkflows()) {
      const name = path.basename(file);
      if (name === "report-reminders.yml" || name === "reminders.yml") {
        expect(wf.permissions).toEqual({ contents: "read", issues: "write" });
        continue;
      }
      expect(wf.permissions, file).toEqual({ contents: "read" });
      for (const [job, spec] of Object.entries(wf.jobs)) expect(spec.permissions, `${name}/${job}`).toEqual(allowed[`${name}/${job}`]);
    }
  });

  it("runs only npm scripts that exist and sigreport commands the CLI has", async () => {
    const { scripts } = await packageJson();
    const known = await cliCommands();
    expect(known).toEqual(expect.arrayContaining(["check", "build", "due"]));
    for (const { file, workflow: wf } of await allWorkflows()) {
      const lines = Object.values(wf.jobs).flatMap(commands);
      for (const [, script] of lines.flatMap((l) => [...l.matchAll(/\bnpm (?:run )?(\S+)/g)])) if (script !== "ci") expect(Object.keys(scripts), `${file}: npm run ${script}`).toContain(script);
      for (const [, command] of lines.flatMap((l) => [...l.matchAll(/\bnpx sigreport (\S+)/g)])) expect(known, `${file}: npx sigreport ${command}`).toContain(command);
    }
  });
});

describe(".github/workflows/site.yml", () => {
  it("checks a pull request's reports as annotations, builds the site and attaches it, without the tool's tests", async () => {
    const wf = await workflow("site.yml");
    expect(wf.on).toHaveProperty("pull_request");
    const preview = Object.values(wf.jobs).find((j) => j.if === "github.event_name == 'pull_request'")!;
    expect(commands(preview)).toEqual(["npm ci", "npx sigreport check --format github --strict", "npm run build"]);
    expect(preview.steps.find((s) => s.uses?.startsWith("actions/setup-node@"))?.with).toMatchObject({ cache: "npm" });
    expect(preview.steps.at(-1)).toMatchObject({ uses: expect.stringMatching(/^actions\/upload-artifact@/), with: { path: "_site" } });
    expect(preview.concurrency).toMatchObject({ "cancel-in-progress": true });
  });

  it("deploys main to Pages under the path configure-pages reports, one deployment at a time", async () => {
    const wf = await workflow("site.yml");
    expect(wf.on).toMatchObject({ push: { branches: ["main"] } });
    const build = wf.jobs["build"]!;
    expect(build.if).toBe("github.event_name != 'pull_request'");
    const pagesStep = build.steps.find((s) => s.uses?.startsWith("actions/configure-pages@"))!;
    expect(pagesStep.id).toBeDefined();
    // base_path has no trailing slash ("/repo", or "" at a domain's root); the build's prefix needs one.
    expect(commands(build)).toContain(`npm run build -- --path-prefix "\${{ steps.${pagesStep.id}.outputs.base_path }}/"`);
    expect(build.steps.indexOf(pagesStep)).toBeLessThan(build.steps.findIndex((s) => s.run?.includes("--path-prefix")));
    expect(commands(build).join("\n")).not.toContain("github.event.repository.name");
    expect(build.steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"))?.with).toEqual({ path: "_site" });
    const deploy = wf.jobs["deploy"]!;
    expect(deploy.needs).toBe("build");
    expect(deploy.steps.map((s) => s.uses)).toEqual([`actions/deploy-pages@v${ACTION_MAJORS["actions/deploy-pages"]}`]);
    expect(deploy.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });
});

describe(".github/workflows/tests.yml", () => {
  it("runs the tool's tests for every change except one that touches only content/", async () => {
    const wf = await workflow("tests.yml");
    expect(wf.on["pull_request"]).toEqual({ "paths-ignore": ["content/**"] });
    expect(wf.on["push"]).toMatchObject({ branches: ["main"], "paths-ignore": ["content/**"] });
    expect(commands(wf.jobs["test"]!)).toEqual(["npm ci", "npm run typecheck", "npm test"]);
  });
});

describe(".github/dependabot.yml", () => {
  it("keeps npm packages and the workflows' actions current", async () => {
    const config = parse(await readFile(path.join(REPO, ".github/dependabot.yml"), "utf8")) as { version: number; updates: { "package-ecosystem": string; directory: string }[] };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u["package-ecosystem"], u.directory])).toEqual([["npm", "/"], ["github-actions", "/"]]);
  });
});
