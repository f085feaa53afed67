import { type Paint, colourWanted, paint } from "./colour.ts";

/** Where a command writes; tests pass their own to read what it said. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, for `import -`; process.stdin when absent. */
  stdin?: () => Promise<Buffer>;
  /** Whether each stream takes colour (a terminal, or FORCE_COLOR); without it, plain text. */
  readonly colour?: { out: boolean; err: boolean };
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  get colour() {
    return { out: colourWanted(process.stdout), err: colourWanted(process.stderr) };
  },
};

/** The colours for what is written to one of io's streams. */
export const paintFor = (io: Io, stream: "out" | "err"): Paint => paint(io.colour?.[stream] ?? false);

/** A mistake in how a command was called: print the message and usage, exit 2. */
export class UsageError extends Error {}
