// Runs `sigreport build` in a child process: Eleventy imports .eleventy.ts and the .11ty.ts
// templates itself, which needs tsx's loader, as in real use.
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

export function runCli(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  // The test runner sets FORCE_COLOR for itself; the CLI's output is read as a pipe would read it.
  const { FORCE_COLOR: _runners, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...inherited, ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function buildInto(contentDir: string, extra: string[] = [], env: Record<string, string> = {}): Promise<BuildRun> {
  const output = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-site-")), "_site");
  return { ...runCli(["build", "--content", contentDir, "--output", output, ...extra], env), output };
}
