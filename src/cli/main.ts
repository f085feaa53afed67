// The `sigreport` command. `run(argv)` returns the exit code, so tests call it directly; only the
// entry point at the bottom touches process.
import { pathToFileURL } from "node:url";
import { check, checkUsage } from "./check.ts";
import { type Io, UsageError, processIo } from "./io.ts";

export type Command = (argv: readonly string[], io: Io) => Promise<number>;

const commands = new Map<string, { run: () => Promise<Command>; usage: string; summary: string }>([
  ["check", { run: async () => check, usage: checkUsage, summary: "validate the content folder and print every problem" }],
  ["build", { run: async () => (await import("./build.ts")).build, usage: "sigreport build [--content DIR] [--output DIR] [--path-prefix /prefix/] [--no-search]", summary: "validate, then build the site into _site/" }],
  ["new", { run: async () => (await import("./new.ts")).newReport, usage: "sigreport new <group> [--quarter YYYY-Qn] [--content DIR]", summary: "start the report a group owes (the latest ended quarter without one), pre-filled" }],
  ["new-group", { run: async () => (await import("./new-group.ts")).newGroup, usage: "sigreport new-group <slug> --name \"…\" [--kind SIG|WG|TF] [--established YYYY-MM-DD] [--meets \"…\"] [--content DIR]", summary: "create a group's folder and index.md" }],
  ["import", { run: async () => (await import("./import.ts")).importCommand, usage: "sigreport import <file|-> --group <slug> --quarter YYYY-Qn [--cadence half-yearly|yearly] [--out FILE] [--content DIR]", summary: "turn a legacy plain-text report into a draft in the format" }],
  ["due", { run: async () => (await import("./due.ts")).due, usage: "sigreport due [--content DIR] [--date YYYY-MM-DD (default today, UTC)] [--format text|json|github]", summary: "list reports due or overdue; a report, not a check: exits 0 even when some are overdue" }],
  ["remind", { run: async () => (await import("./remind.ts")).remind, usage: "sigreport remind [--content DIR] [--date YYYY-MM-DD (default today, UTC)] [--format text|json|github]", summary: "the reporting cycle's calls on a day (first call, reminder, last call, overdue), with whom to ask" }],
  ["serve", { run: async () => (await import("./serve.ts")).serve, usage: "sigreport serve [--content DIR] [--port N] [--output DIR] [--path-prefix /prefix/]", summary: "build and serve the site, rebuilding on changes" }],
  ["init", { run: async () => (await import("./init.ts")).init, usage: "sigreport init [dir] [--title \"…\"] [--url https://…/] [--repository https://github.com/…]", summary: "make a new site repository that depends on sigreport (never overwrites)" }],
]);

export function usage(): string {
  const lines = ["Usage: sigreport <command> [options]", "", "Commands:"];
  for (const [name, c] of commands) lines.push(`  ${name.padEnd(10)} ${c.summary}`, `             ${c.usage}`);
  lines.push("", "Add --debug to print the stack of an internal fault.");
  return lines.join("\n");
}

export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const debug = argv.includes("--debug");
  const rest = argv.filter((a) => a !== "--debug");
  const [name, ...args] = rest;
  if (name === "--version" || name === "-v") return (io.out((await import("../package-paths.ts")).packageVersion()), 0);
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands.get(name);
  if (!command) {
    io.err(`Unknown command ${JSON.stringify(name)}.\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await command.run())(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    io.err(
      debug
        ? `Internal error in sigreport (a bug, not a problem with your content):\n${(error as Error).stack}`
        : `Internal error in sigreport (a bug, not a problem with your content): ${(error as Error).message}\nRun again with --debug for details, and report it.`,
    );
    return 70;
  }
}


if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await run(process.argv.slice(2));
}
