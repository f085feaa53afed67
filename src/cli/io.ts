/** Where a command writes; tests pass their own to read what it said. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, for `import -`; process.stdin when absent. */
  stdin?: () => Promise<Buffer>;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** A mistake in how a command was called: print the message and usage, exit 2. */
export class UsageError extends Error {}
