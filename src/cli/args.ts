// Arguments as people expect them from other tools: `--name value`, `--name=value`, `-n value`,
// `--flag`, `--` ending the options. node:util's parseArgs does the splitting; it runs non-strict so
// that a mistake is reported here, in our words and with "did you mean", instead of as its error.
import { parseArgs as splitArgs } from "node:util";
import { nearestName } from "../load/suggest.ts";
import { UsageError } from "./io.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  /** One letter, for `-x`. */
  short?: string;
  /** What the value stands for in --help, e.g. DIR; string options only. */
  value?: string;
  description: string;
}

export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
  /** The arguments as given, for a command that hands them on (serve's child process). */
  argv: readonly string[];
}

/** Splits argv by the command's options; an unknown option, or one without its value, is a UsageError. */
export function parseArgs(argv: readonly string[], spec: OptionsSpec): ParsedArgs {
  const { tokens } = splitArgs({ args: [...argv], options: toNodeOptions(spec), allowPositionals: true, strict: false, tokens: true });
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const option = spec[token.name];
    if (!option) throw new UsageError(unknownOption(token.rawName, spec));
    if (option.type === "boolean") {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} is a switch and takes no value; got ${JSON.stringify(token.value)}.`);
      options.set(token.name, true);
      continue;
    }
    // parseArgs takes the next argument whatever it is: `--format --content x` would read "--content" as the format.
    const missing = token.value === undefined || token.value === "" || (!token.inlineValue && token.value.startsWith("-") && token.value !== "-");
    if (missing) throw new UsageError(`${token.rawName} needs a value${option.value ? ` (${option.value})` : ""}.`);
    options.set(token.name, token.value!);
  }
  return { positionals, options, argv };
}

/** True when --help or -h comes before any `--`: help wins over every other mistake on the line. */
export function asksForHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}

export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === "string" ? value : undefined;
}

/** `--formt`: did you mean --format? Short options are too short to guess from, so all are listed. */
function unknownOption(raw: string, spec: OptionsSpec): string {
  const names = Object.keys(spec);
  if (!raw.startsWith("--")) {
    const shorts = Object.entries(spec).flatMap(([name, o]) => (o.short ? [`-${o.short} (--${name})`] : []));
    return `Unknown option ${raw}.${shorts.length > 0 ? ` The short options are ${shorts.join(", ")}.` : ""}`;
  }
  const nearest = nearestName(raw.slice(2), names);
  return `Unknown option ${raw}.${nearest ? ` Did you mean --${nearest}?` : ` The options are ${names.map((n) => `--${n}`).join(", ")}.`}`;
}

function toNodeOptions(spec: OptionsSpec): Record<string, { type: "string" | "boolean"; short?: string }> {
  return Object.fromEntries(Object.entries(spec).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]));
}

/** The Options section of a command's --help, aligned. */
export function optionsHelp(spec: OptionsSpec): string[] {
  const left = Object.entries(spec).map(([name, o]) => `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`);
  const width = Math.max(...left.map((l) => l.length));
  return Object.values(spec).map((o, i) => `  ${left[i]!.padEnd(width)}  ${o.description}`);
}
