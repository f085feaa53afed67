// Prose that could not be structured is kept word for word, as Markdown: bullets become "- ",
// numbered items keep their numbers, an item indented under another nests under it, and lines
// lose their leading spaces so an indented plain-text paragraph does not turn into a code block.
import type { Block } from "./blocks.ts";

const markerText = (block: Block) => (block.marker?.kind === "bullet" ? "- " : block.marker?.kind === "number" ? `${block.marker.number}. ` : "");

/** `nest` is the Markdown indentation of the list item this one is nested under ("" at the top). */
export function blockMarkdown(block: Block, nest = ""): string {
  const prefix = nest + markerText(block);
  const indent = " ".repeat(prefix.length);
  return block.lines.map((line, i) => (i === 0 ? prefix : indent) + line).join("\n");
}

/** Blocks as Markdown: list items of one list stay together, nested by their indentation; paragraphs are separated. */
export function blocksMarkdown(blocks: readonly Block[]): string {
  let out = "";
  /** The open items a deeper-indented item nests under: their indentation and Markdown prefix width. */
  let open: { indent: number; nest: string }[] = [];
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (!block.marker) open = [];
    else {
      while (open.length > 0 && open.at(-1)!.indent >= (block.indent ?? 0)) open.pop();
    }
    const parent = open.at(-1);
    const nest = parent ? parent.nest : "";
    const sameList = previous?.marker && block.marker && (parent !== undefined || previous.marker.kind === block.marker.kind);
    out += (i === 0 ? "" : sameList ? "\n" : "\n\n") + blockMarkdown(block, nest);
    if (block.marker) open.push({ indent: block.indent ?? 0, nest: " ".repeat(nest.length + markerText(block).length) });
  });
  return out;
}
