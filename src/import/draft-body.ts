// The draft's body: one `##` section per part of the report, under the heading the loader joins
// with the front-matter (spec: "The body"). A heading worded otherwise ("TSIG Overall Health",
// "Membership Data") is kept, as a `###` under the part's heading, so the chair's words stay and
// the page still puts the prose beside its figures. Two headings of one part share its section.
import { SECTION_TITLES, type SectionKey, sectionKeyFor } from "../model/sections.ts";
import type { Block } from "./blocks.ts";
import { blocksMarkdown } from "./prose-markdown.ts";
import type { Heading } from "./section-heading.ts";

export interface DraftSection {
  heading: Heading | null;
  blocks: Block[];
}

interface Part {
  title: string | null;
  key?: SectionKey;
  chunks: string[];
}

export function draftBody(sections: readonly DraftSection[]): string {
  const parts: Part[] = [];
  for (const { heading, blocks } of sections) {
    const prose = blocksMarkdown(blocks);
    if (heading === null) {
      if (prose !== "") parts.push({ title: null, chunks: [prose] });
      continue;
    }
    const key = heading.key;
    const same = key && parts.find((p) => p.key === key);
    const ownWords = key !== undefined && sectionKeyFor(heading.text) !== key;
    const chunk = [ownWords ? `### ${heading.text}` : "", prose].filter((c) => c !== "").join("\n\n");
    if (same) same.chunks.push(chunk);
    else parts.push({ title: key && ownWords ? SECTION_TITLES[key] : heading.text, ...(key && { key }), chunks: [chunk] });
  }
  return parts
    .map((p) => [p.title === null ? "" : `## ${p.title}`, ...p.chunks].filter((c) => c !== "").join("\n\n"))
    .join("\n\n");
}
