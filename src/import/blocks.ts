// Legacy reports are typed in mail clients, wikis and word processors: paragraphs separated by
// blank lines, bullets as •, -, * or a word processor's "o", items as 1. or a), indentation by
// accident. Everything downstream works on blocks
// (a paragraph or one list item) with the line it started on, so nothing is ever split mid-item.

export type ListMarker = { kind: "bullet" } | { kind: "number"; number: number };

export interface Block {
  /** 1-based line of the original where the block starts. */
  line: number;
  /** The lines of the block, trimmed, without the list marker. */
  lines: string[];
  marker?: ListMarker;
  /** A list item's indentation in the original, which nests it under the item before. */
  indent?: number;
}

const BULLET = /^(?:[•*\-–·▪◦‣]|o(?=\s+\S))\s+/;
const NUMBERED = /^(\d{1,2})[.)]\s+/;
/** `a)`, `b)`: lettered items are numbered items whose numbers are letters. */
const LETTERED = /^([a-h])\)\s+/;
/** A line that must stand alone whatever surrounds it: a `#` heading. */
const ATX_HEADING = /^#{1,6}\s+\S/;
const isTableRow = (line: string) => line.startsWith("|");

/** Splits off a list marker: `• text`, `- text`, `1. text`, `2) text`. */
export function splitMarker(line: string): { marker?: ListMarker; rest: string } {
  const number = NUMBERED.exec(line);
  if (number) return { marker: { kind: "number", number: Number(number[1]) }, rest: line.slice(number[0].length) };
  const letter = LETTERED.exec(line);
  if (letter) return { marker: { kind: "number", number: letter[1]!.charCodeAt(0) - 96 }, rest: line.slice(letter[0].length) };
  const bullet = BULLET.exec(line);
  if (bullet) return { marker: { kind: "bullet" }, rest: line.slice(bullet[0].length) };
  return { rest: line };
}

export function toBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/\t/g, "    ").split("\n");
  const blocks: Block[] = [];
  let current: Block | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") {
      current = undefined;
      return;
    }
    const { marker, rest } = isTableRow(line) ? { rest: line } : splitMarker(line);
    const previous = current?.lines.at(-1);
    // A heading, and the start or end of a table, begin a block even without a blank line.
    const breaks = previous !== undefined && (ATX_HEADING.test(line) || ATX_HEADING.test(previous) || (!current!.marker && isTableRow(line) !== isTableRow(previous)));
    if (current === undefined || marker !== undefined || breaks) {
      const indent = raw.length - raw.trimStart().length;
      current = { line: index + 1, lines: [rest], ...(marker && { marker, indent }) };
      blocks.push(current);
    } else {
      current.lines.push(line);
    }
  });
  return blocks;
}

/** The block's text on one line (soft line breaks become spaces). */
export function blockText(block: Block): string {
  return block.lines.join(" ").replace(/\s+/g, " ").trim();
}
