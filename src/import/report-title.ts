// Legacy reports open with a title line ("Public Sector SIG Update July 2019 Q2") among other
// preamble lines. The title is the first short single line that calls itself an update or a
// report; the rest of the preamble is left as prose for the chair to judge.
import { type Block, blockText } from "./blocks.ts";

export const MAX_TITLE_LENGTH = 120;

/** The index of the title block among `blocks`, or -1. */
export function titleBlockIndex(blocks: readonly Block[]): number {
  return blocks.findIndex(
    (b) => !b.marker && b.lines.length === 1 && blockText(b).length <= MAX_TITLE_LENGTH && /\b(update|report)\b/i.test(blockText(b)),
  );
}
