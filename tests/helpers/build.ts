// Runs `sigreport build` in a child process, as in real use: a fresh process, under tsx's loader.
import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** `env` is laid over this process's; a key given as undefined is taken away (SIGREPORT_TODAY, for today's real date). */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): { status: number | null; stdout: string; stderr: string } {
  // The test runner sets FORCE_COLOR for itself; the CLI's output is read as a pipe would read it.
  const { FORCE_COLOR: _runners, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: Object.fromEntries(Object.entries({ ...inherited, ...env }).filter(([, value]) => value !== undefined)),
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function buildInto(contentDir: string, extra: string[] = [], env: Record<string, string | undefined> = {}): Promise<BuildRun> {
  const output = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-site-")), "_site");
  return { ...runCli(["build", "--content", contentDir, "--output", output, ...extra], env), output };
}
