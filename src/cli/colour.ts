// Colour for sigreport's own errors and warnings: on a terminal, never in a pipe or a file, and as
// the conventions say (https://no-color.org, https://force-color.org): FORCE_COLOR wins, then NO_COLOR.
// A few ANSI codes do not need a library; node:util's styleText reads these variables only from Node 22.13.

export interface Paint {
  error(text: string): string;
  warning(text: string): string;
  /** Hints and timings: there, but quieter than the problem. */
  dim(text: string): string;
  ok(text: string): string;
}

type Env = Readonly<Record<string, string | undefined>>;

export function colourWanted(stream: { isTTY?: boolean }, env: Env = process.env): boolean {
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  return stream.isTTY === true && env["TERM"] !== "dumb";
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const colours: Paint = { error: sgr(31, 39), warning: sgr(33, 39), dim: sgr(2, 22), ok: sgr(32, 39) };
const same = (text: string) => text;
export const plain: Paint = { error: same, warning: same, dim: same, ok: same };

export const paint = (enabled: boolean): Paint => (enabled ? colours : plain);
