// Which sigreport the bench runs: what users run. In order: $BENCH_SIGREPORT (a JavaScript entry),
// the package's bin when its file exists, the compiled dist/cli/main.js, else the command of
// `npm run build` (its Node flags included) without the trailing "build".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface SigreportCommand {
  /** Arguments to `node` before the sigreport command name ("build", "check", "serve"). */
  nodeArgs: string[];
  describe: string;
}

export function sigreportCommand(repo: string, env: NodeJS.ProcessEnv = process.env): SigreportCommand {
  const pkg = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as { bin?: string | Record<string, string>; scripts?: Record<string, string> };
  const chosen = env["BENCH_SIGREPORT"];
  if (chosen) return { nodeArgs: [path.resolve(repo, chosen)], describe: `$BENCH_SIGREPORT: node ${chosen}` };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["sigreport"];
  if (bin && existsSync(path.join(repo, bin))) return { nodeArgs: [path.join(repo, bin)], describe: `the package's bin: node ${bin}` };
  const dist = path.join(repo, "dist/cli/main.js");
  if (existsSync(dist)) return { nodeArgs: [dist], describe: "the compiled CLI: node dist/cli/main.js" };
  const script = pkg.scripts?.["build"];
  if (!script) throw new Error("package.json has no bin, no dist/cli/main.js and no build script: nothing to bench.");
  const [node, ...args] = script.split(/\s+/);
  if (node !== "node" || args.at(-1) !== "build") throw new Error(`The bench expects the build script to be "node … build", not: ${script}`);
  return { nodeArgs: args.slice(0, -1), describe: `npm run build's command: ${script}` };
}
