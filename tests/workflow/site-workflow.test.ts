// The workflow is code nobody runs locally: these tests catch a renamed script or command, an
// unpinned action, or a permission creeping up, before a pull request finds out on GitHub.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { REPO, captureIo } from "../helpers/cli.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  concurrency?: { group: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = async () => parse(await readFile(path.join(REPO, ".github/workflows/site.yml"), "utf8")) as Workflow;
const packageJson = async () => JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> };
const commands = (job: Job) => job.steps.flatMap((s) => (s.run ? s.run.split("\n").map((l) => l.trim()).filter(Boolean) : []));

/** The CLI's commands, as its own usage lists them. */
async function cliCommands(): Promise<string[]> {
  const io = captureIo();
  await run(["help"], io);
  return [...io.stdout.join("\n").matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]!);
}

describe(".github/workflows/site.yml", () => {
  it("runs only npm scripts that exist and sigreport commands the CLI has", async () => {
    const wf = await workflow();
    const { scripts } = await packageJson();
    const known = await cliCommands();
    expect(known).toEqual(expect.arrayContaining(["check", "build", "new", "new-group", "import"]));
    const lines = Object.values(wf.jobs).flatMap(commands);
    const npmRuns = lines.flatMap((l) => [...l.matchAll(/\bnpm (?:run )?(\S+)/g)].map((m) => m[1]!)).filter((s) => s !== "ci");
    const sigreport = lines.flatMap((l) => [...l.matchAll(/\bnpx sigreport (\S+)/g)].map((m) => m[1]!));
    expect(npmRuns).toEqual(expect.arrayContaining(["test", "build"]));
    expect(sigreport).toEqual(["check", "check"]);
    for (const script of npmRuns) expect(Object.keys(scripts), `npm run ${script}`).toContain(script);
    for (const command of sigreport) expect(known, `npx sigreport ${command}`).toContain(command);
  });

  it("checks, tests and builds every pull request, annotating problems", async () => {
    const wf = await workflow();
    expect(wf.on).toHaveProperty("pull_request");
    const verify = Object.values(wf.jobs).find((j) => j.if?.includes("== 'pull_request'"))!;
    expect(commands(verify)).toEqual(["npm ci", "npx sigreport check --format github --strict", "npm test", "npm run build"]);
    expect(verify.steps.find((s) => s.uses?.startsWith("actions/setup-node@"))?.with).toMatchObject({ cache: "npm" });
  });

  it("deploys main to Pages with the repository name as path prefix", async () => {
    const wf = await workflow();
    expect(wf.on).toMatchObject({ push: { branches: ["main"] } });
    const build = wf.jobs["build"]!;
    expect(build.if).toBe("github.event_name != 'pull_request'");
    expect(commands(build)).toContain('npm run build -- --path-prefix "/${{ github.event.repository.name }}/"');
    expect(build.steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"))?.with).toEqual({ path: "_site" });
    const deploy = wf.jobs["deploy"]!;
    expect(deploy.needs).toBe("build");
    expect(deploy.steps.map((s) => s.uses)).toEqual(["actions/deploy-pages@v4"]);
    expect(deploy.concurrency?.group).toBe("pages");
  });

  it("pins every action to a major version and grants write access only to the deploy job", async () => {
    const wf = await workflow();
    const uses = Object.values(wf.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(5);
    for (const action of uses) expect(action).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    expect(wf.permissions).toEqual({ contents: "read" });
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job.permissions, name).toEqual(name === "deploy" ? { pages: "write", "id-token": "write" } : undefined);
    }
  });
});
