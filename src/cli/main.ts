// The `sigreport` command. `run(argv)` returns the exit code, so tests call it directly; only the
// entry point at the bottom touches process.
//
// Every command is one entry of COMMANDS below, and adding one is adding an entry:
//
//   ["remind", {
//     summary: "one line for `sigreport --help`",
//     positionals: "<group>",                       // optional: what follows the name, for the usage line
//     options: { content, format, date: { type: "string", value: "YYYY-MM-DD", description: "…" } },
//     example: "sigreport remind --format json",
//     run: async () => (await import("./remind.ts")).remind,   // (args: ParsedArgs, io: Io) => Promise<number>
//   }],
//
// From the entry, main parses the arguments (args.ts: long and short options, `--`, "did you mean"),
// answers --help and -h, and hands the command its ParsedArgs. A command throws UsageError for a
// wrong call (exit 2, with its usage) and returns its own exit code otherwise.
//
// Exit codes, the same for every command:
//   0   done: no errors (warnings are fine); `due` also exits 0 when reports are overdue
//   1   the content has errors, or the command could not do its work (e.g. the file already exists)
//   2   the command was called wrongly: unknown command or option, a missing or bad value, no content folder
//   70  an internal error, a bug in sigreport (EX_SOFTWARE); --debug prints its stack
import { pathToFileURL } from "node:url";
import { packageVersion } from "../package-paths.ts";
import { nearestName } from "../load/suggest.ts";
import { type OptionSpec, type OptionsSpec, type ParsedArgs, asksForHelp, optionsHelp, parseArgs } from "./args.ts";
import { type Io, UsageError, paintFor, processIo } from "./io.ts";

export type Command = (args: ParsedArgs, io: Io) => Promise<number>;

export interface CommandEntry {
  summary: string;
  positionals?: string;
  options: OptionsSpec;
  example: string;
  run: () => Promise<Command>;
}

// Options several commands share, spelled once so they read the same everywhere.
const content: OptionSpec = { type: "string", short: "c", value: "DIR", description: "the folder that holds site.yaml and groups/ (default: content)" };
const format: OptionSpec = { type: "string", short: "f", value: "FORMAT", description: "text, json or github (workflow annotations); default text" };
const output: OptionSpec = { type: "string", short: "o", value: "DIR", description: "where the site is written (default: _site)" };
const pathPrefix: OptionSpec = { type: "string", value: "/PREFIX/", description: "the path the site is served under, e.g. /sig-reports/ (default: /)" };
const quiet: OptionSpec = { type: "boolean", short: "q", description: "print only problems, no progress" };
const quarter = (description: string): OptionSpec => ({ type: "string", value: "YYYY-Qn", description });
const date: OptionSpec = { type: "string", value: "YYYY-MM-DD", description: "the day to look from (default: today, UTC)" };

const COMMANDS = new Map<string, CommandEntry>([
  ["check", {
    summary: "validate the content folder and print every problem",
    positionals: "[content-dir]",
    options: { content, format, strict: { type: "boolean", description: "unfinished drafts (prompts left, empty parts, very short reports) are errors, not warnings" } },
    example: "sigreport check --format github --strict",
    run: async () => (await import("./check.ts")).check,
  }],
  ["build", {
    summary: "validate, then build the site into _site/",
    options: { content, output, "path-prefix": pathPrefix, "no-search": { type: "boolean", description: "skip the search index (faster; the search page then finds nothing)" }, quiet },
    example: "sigreport build --path-prefix /sig-reports/",
    run: async () => (await import("./build.ts")).build,
  }],
  ["new", {
    summary: "start the report a group owes (the latest ended quarter without one), pre-filled",
    positionals: "<group>",
    options: { quarter: quarter("the report's quarter (default: the latest ended one the group owes)"), content },
    example: "sigreport new public-sector",
    run: async () => (await import("./new.ts")).newReport,
  }],
  ["new-group", {
    summary: "create a group's folder and index.md",
    positionals: "<slug>",
    options: {
      name: { type: "string", value: "NAME", description: "the group's display name (required)" },
      kind: { type: "string", value: "SIG|WG|TF", description: "what kind of group it is" },
      established: { type: "string", value: "YYYY-MM-DD", description: "the day the group was founded" },
      meets: { type: "string", value: "TEXT", description: "when the group meets, e.g. \"every other Tuesday\"" },
      content,
    },
    example: "sigreport new-group public-sector --name \"Public Sector SIG\"",
    run: async () => (await import("./new-group.ts")).newGroup,
  }],
  ["import", {
    summary: "turn a legacy plain-text report into a draft in the format",
    positionals: "<file|->",
    options: {
      group: { type: "string", value: "SLUG", description: "the folder name of the report's group (required)" },
      quarter: quarter("the report's quarter (required)"),
      cadence: { type: "string", value: "half-yearly|yearly", description: "for a report that covers a half-year or a year (filed under Q2/Q4 or Q4)" },
      out: { type: "string", short: "o", value: "FILE", description: "where the draft is written (default: the group's folder)" },
      content,
    },
    example: "sigreport import old/2019-Q2.txt --group public-sector --quarter 2019-Q2",
    run: async () => (await import("./import.ts")).importCommand,
  }],
  ["due", {
    summary: "list reports due or overdue; a report, not a check: exits 0 even when some are overdue",
    options: { content, date, format },
    example: "sigreport due --format json",
    run: async () => (await import("./due.ts")).due,
  }],
  ["remind", {
    summary: "the reporting cycle's calls on a day (first call, reminder, last call, overdue), with whom to ask",
    options: { content, date, format },
    example: "sigreport remind --date 2019-10-09 --format json",
    run: async () => (await import("./remind.ts")).remind,
  }],
  ["serve", {
    summary: "build and serve the site, rebuilding on changes",
    options: {
      content,
      port: { type: "string", short: "p", value: "N", description: "the port to serve on, 1-65535 (default: 8080)" },
      host: { type: "string", value: "HOST", description: "the address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface)" },
      output,
      "path-prefix": pathPrefix,
      quiet,
    },
    example: "sigreport serve --port 3000",
    run: async () => (await import("./serve.ts")).serve,
  }],
  ["init", {
    summary: "make a new site repository that depends on sigreport (never overwrites)",
    positionals: "[dir]",
    options: {
      title: { type: "string", value: "TEXT", description: "the site's title (asked on a terminal when not given)" },
      url: { type: "string", value: "URL", description: "where the site is published, e.g. https://<owner>.github.io/<repository>/" },
      repository: { type: "string", value: "URL", description: "the site repository on GitHub, for \"Edit this page\" links" },
    },
    example: "sigreport init my-reports --title \"Example Foundation group reports\"",
    run: async () => (await import("./init.ts")).init,
  }],
]);

const help: OptionSpec = { type: "boolean", short: "h", description: "show this help" };
const optionsOf = (entry: CommandEntry): OptionsSpec => ({ ...entry.options, help });

export const EXIT_CODES = [
  "Exit codes:",
  "  0   done, no errors (warnings are fine)",
  "  1   the content has errors, or the command could not finish",
  "  2   wrong arguments, or no content folder",
  "  70  internal error: a bug in sigreport (--debug shows where)",
].join("\n");

export function usage(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((n) => n.length));
  const lines = ["Usage: sigreport <command> [options]", "", "Commands:"];
  for (const [name, c] of COMMANDS) lines.push(`  ${name.padEnd(width)}  ${c.summary}`);
  lines.push(
    "",
    "Options:",
    "  -h, --help     show this help; sigreport <command> --help shows a command's options",
    "  -v, --version  print sigreport's version",
    "      --debug    print the stack of an internal fault",
    "",
    "Example:",
    "  sigreport check content",
    "",
    EXIT_CODES,
  );
  return lines.join("\n");
}

/** A command's arguments as `run` parses them, for a caller (a test) that calls the command itself. */
export function argsFor(name: string, argv: readonly string[]): ParsedArgs {
  return parseArgs(argv, optionsOf(COMMANDS.get(name)!));
}

export function commandUsageLine(name: string, entry: CommandEntry): string {
  return `Usage: sigreport ${name}${entry.positionals ? ` ${entry.positionals}` : ""} [options]`;
}

export function commandHelp(name: string): string {
  const entry = COMMANDS.get(name)!;
  return [
    commandUsageLine(name, entry),
    "",
    `${entry.summary[0]!.toUpperCase()}${entry.summary.slice(1)}.`,
    "",
    "Options:",
    ...optionsHelp(optionsOf(entry)),
    "",
    "Example:",
    `  ${entry.example}`,
    "",
    EXIT_CODES,
  ].join("\n");
}

export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const end = argv.indexOf("--");
  const before = end === -1 ? argv : argv.slice(0, end);
  const debug = before.includes("--debug");
  const rest = [...before.filter((a) => a !== "--debug"), ...(end === -1 ? [] : argv.slice(end))];
  const [name, ...args] = rest;
  if (name === undefined) {
    io.err(usage());
    return 2;
  }
  if (name === "--version" || name === "-v") {
    io.out(packageVersion());
    return 0;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    const topic = args[0];
    if (topic !== undefined && COMMANDS.has(topic)) io.out(commandHelp(topic));
    else io.out(usage());
    return 0;
  }
  const entry = COMMANDS.get(name);
  if (!entry) {
    io.err(paintFor(io, "err").error(unknownCommand(name)));
    return 2;
  }
  if (asksForHelp(args)) {
    io.out(commandHelp(name));
    return 0;
  }
  try {
    const parsed = parseArgs(args, optionsOf(entry));
    return await (await entry.run())(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${paintFor(io, "err").error(error.message)}\n${commandUsageLine(name, entry)}\nRun sigreport ${name} --help for its options.`);
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

function unknownCommand(name: string): string {
  const names = [...COMMANDS.keys()];
  if (name.startsWith("-")) return `Unknown option ${name}: options go after the command, e.g. sigreport check ${name}.\nThe commands are ${names.join(", ")}; sigreport --help describes them.`;
  const nearest = nearestName(name, names);
  return `Unknown command ${JSON.stringify(name)}.${nearest ? ` Did you mean ${nearest}?` : ""}\nThe commands are ${names.join(", ")}; sigreport --help describes them.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await run(process.argv.slice(2));
}
