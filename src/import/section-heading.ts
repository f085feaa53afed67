// Legacy reports mark their parts with a line of its own: "Working Group Health", sometimes
// "**Working Group Health:**" or "## Working Group Health". Only the spec's known headings count;
// any other short line is prose, because guessing headings would split paragraphs.
import { type SectionKey, sectionKeyFor } from "../model/sections.ts";
import type { Block } from "./blocks.ts";

export interface Heading {
  key: SectionKey;
  /** The heading as written, without Markdown marks or a trailing colon. */
  text: string;
}

export function headingOf(block: Block): Heading | undefined {
  if (block.marker || block.lines.length !== 1) return undefined;
  const text = block.lines[0]!
    .replace(/^#{1,6}\s+/, "")
    .replace(/^(\*\*|__)(.*)\1$/, "$2")
    .replace(/:$/, "")
    .trim();
  const key = sectionKeyFor(text);
  return key === undefined ? undefined : { key, text };
}
