// A heading, as a person sees one in wiki text: a `#` line, a bold line or one ending in a colon,
// a numbered line naming a part ("2. Overall Activity"), or a short line without final
// punctuation between blank lines.
// A `#` heading always starts a section (the writer said so); the other shapes start one only when
// they name a part of the report, because a short line is just as often a session title or a name.
import type { SectionKey } from "../model/sections.ts";
import type { Block } from "./blocks.ts";
import { headingCore, partOfHeading } from "./heading-meaning.ts";

export interface Heading {
  /** The part of the report it stands for; undefined for a heading of the group's own. */
  key: SectionKey | undefined;
  /** The heading as written, without Markdown marks or a trailing colon. */
  text: string;
  /** `#` level, 1 for a title line; 2 for every other shape. */
  level: number;
}

/** At most this many words (an instruction in brackets aside): longer lines are sentences. */
const MAX_WORDS = 12;

/**
 * `block` as a heading, or undefined. `alone` says whether blank lines (or the start or end of
 * the text) surround it, which a plain line needs to count as a heading.
 */
export function headingOf(block: Block, alone: boolean): Heading | undefined {
  if (block.lines.length !== 1) return undefined;
  const line = block.lines[0]!;
  const atx = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  if (atx && !block.marker) return { key: partOfHeading(plain(atx[2]!)), text: plain(atx[2]!), level: atx[1]!.length };
  const bold = /^(\*\*|__)(.+?)\1\s*:?$/.exec(line);
  const text = plain(bold ? bold[2]! : line);
  if (headingCore(text).split(/\s+/).length > MAX_WORDS) return undefined;
  const numbered = block.marker?.kind === "number";
  if (block.marker && !numbered) return undefined;
  // Bold, or ending in a colon, marks a heading wherever it stands; a plain line needs blank lines around it.
  const marked = bold !== null || /:$/.test(line);
  if (!marked && !numbered && !(alone && !/[.!?,;]["”)]?$/.test(line))) return undefined;
  const key = partOfHeading(text);
  if (key === undefined) return undefined;
  return { key, text, level: 2 };
}

/** Without emphasis marks, link targets and a trailing colon: "**[Health](url):**" → "Health". */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^(\*\*|__)(.*)\1$/, "$2")
    .replace(/:$/, "")
    .trim();
}
