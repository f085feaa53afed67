// A file written piece by piece (reports.json: one piece per report, 166 MB at 10,000 reports) is
// mostly what the last write of it said: after a save in the dev server one report differs. A piece
// that names what its text is made of is not made again when the last write of the same file had a
// piece of the same key made of the same things; its bytes are copied from that file instead, by
// the file writer. Making every report's JSON was half a second of each save at 10,000 reports.

/** A piece whose text is a function of `parts`, compared by identity (strings and numbers by value). */
export interface KeyedPiece {
  /** Which piece this is across writes (a report's front matter, kept while its file is unchanged). */
  key: object;
  parts: readonly unknown[];
  text(): string;
}

export type Piece = string | KeyedPiece;

export const textOf = (piece: Piece): string => (typeof piece === "string" ? piece : piece.text());

/** What a file writer does with each piece: write this text, or copy these bytes of the file as it was. */
export type Step = { text: string } | { copy: { offset: number; length: number } };

interface Placed {
  parts: readonly unknown[];
  offset: number;
  length: number;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** Where each keyed piece of one written file is, and the file's size and time as written. */
interface Layout extends FileStamp {
  placed: WeakMap<object, Placed>;
}

/** The files written from pieces in this process, by absolute path. */
const layouts = new Map<string, Layout>();

/**
 * Plans one write of `file` from `pieces`: the steps, lazily, each copy as long as the unchanged
 * pieces that follow one another in the last file. `last` is the file as it is on disk now
 * (undefined: none); its bytes are only reused when it is still the file this process wrote.
 * Call `written` with the new file's stamp once it is all on disk, so the next write can reuse it.
 */
export function planPieces(file: string, pieces: Iterable<Piece>, last: FileStamp | undefined) {
  const previous = layouts.get(file);
  const reusable = previous && last && previous.size === last.size && previous.mtimeMs === last.mtimeMs ? previous.placed : undefined;
  // Until this write is over, what is on disk is neither the old layout nor the new one.
  layouts.delete(file);
  const placed = new WeakMap<object, Placed>();
  let size = 0;

  function* steps(): Generator<Step> {
    let run: { offset: number; length: number } | undefined;
    for (const piece of pieces) {
      const before = typeof piece === "string" ? undefined : reusable?.get(piece.key);
      if (typeof piece !== "string" && before && sameParts(before.parts, piece.parts)) {
        placed.set(piece.key, { parts: piece.parts, offset: size, length: before.length });
        size += before.length;
        if (run && run.offset + run.length === before.offset) run.length += before.length;
        else {
          if (run) yield { copy: run };
          run = { offset: before.offset, length: before.length };
        }
        continue;
      }
      if (run) yield { copy: run };
      run = undefined;
      const text = textOf(piece);
      const length = Buffer.byteLength(text);
      if (typeof piece !== "string") placed.set(piece.key, { parts: piece.parts, offset: size, length });
      size += length;
      yield { text };
    }
    if (run) yield { copy: run };
  }

  return {
    steps: steps(),
    /** Whether steps may copy from the last file: then the new one is written beside it and put in its place at the end. */
    reuses: reusable !== undefined,
    written(stamp: FileStamp): void {
      if (stamp.size === size) layouts.set(file, { placed, ...stamp });
    },
  };
}

function sameParts(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
