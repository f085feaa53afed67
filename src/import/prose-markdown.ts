// Prose that could not be structured is kept word for word, as Markdown: bullets become "- ",
// numbered items keep their numbers, and lines lose their leading spaces so an indented plain-text
// paragraph does not turn into a code block.
import type { Block } from "./blocks.ts";

export function blockMarkdown(block: Block): string {
  const prefix = block.marker?.kind === "bullet" ? "- " : block.marker?.kind === "number" ? `${block.marker.number}. ` : "";
  const indent = " ".repeat(prefix.length);
  return block.lines.map((line, i) => (i === 0 ? prefix : indent) + line).join("\n");
}

/** Blocks as Markdown: list items of one list stay together, paragraphs are separated. */
export function blocksMarkdown(blocks: readonly Block[]): string {
  let out = "";
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    const sameList = previous?.marker && block.marker && previous.marker.kind === block.marker.kind;
    out += (i === 0 ? "" : sameList ? "\n" : "\n\n") + blockMarkdown(block);
  });
  return out;
}
