// Splits a report body at its top-level `##` headings (spec: "The body"). The body is parsed once;
// each section renders from its slice of the token stream, so a `##` inside a code block or a list
// never splits anything.
import { type SectionKey, sectionKeyFor } from "../model/sections.ts";
import { UniqueIds, isReportPageId } from "../model/unique-ids.ts";
import { parseMarkdown, renderTokens } from "./markdown.ts";

export interface Section {
  /** A part of the front-matter this prose belongs to, `introduction` before the first heading, or `custom`. */
  key: SectionKey | "introduction" | "custom";
  /** The heading as written; null for the introduction. */
  heading: string | null;
  /** An anchor id, unique within the report. */
  id: string;
  markdown: string;
  html: string;
  /** 1-based line in the file where the section starts. */
  line: number;
}

export interface SplitBody {
  sections: Section[];
  /** The first paragraph's Markdown, the default summary. */
  firstParagraph: string | undefined;
}

export function splitSections(body: string, bodyLine: number): SplitBody {
  const tokens = parseMarkdown(body);
  const lines = body.split("\n");
  const starts: { index: number; line: number; heading: string | null }[] = [{ index: 0, line: 0, heading: null }];
  let firstParagraph: string | undefined;

  tokens.forEach((token, index) => {
    if (token.type === "heading_open" && token.tag === "h2" && token.level === 0 && token.map) {
      starts.push({ index, line: token.map[0], heading: tokens[index + 1]?.content.trim() ?? "" });
    }
    if (firstParagraph === undefined && token.type === "paragraph_open" && token.level === 0) {
      firstParagraph = tokens[index + 1]?.content.trim();
    }
  });

  // Each section is written with its id and `<id>-title` on its heading (templates/components/report-parts.ts).
  const ids = new UniqueIds(isReportPageId);
  const sections: Section[] = [];
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    const endIndex = next ? next.index : tokens.length;
    const endLine = next ? next.line : lines.length;
    // The heading's own tokens (open, inline, close) are not part of the section's prose.
    const contentTokens = tokens.slice(start.heading === null ? start.index : start.index + 3, endIndex);
    const sourceStart = start.heading === null ? start.line : start.line + 1;
    const markdownText = lines.slice(sourceStart, endLine).join("\n").trim();
    if (start.heading === null && markdownText === "") return;
    const key = start.heading === null ? "introduction" : (sectionKeyFor(start.heading) ?? "custom");
    sections.push({
      key,
      heading: start.heading,
      id: ids.take(slugify(start.heading ?? "introduction"), "-title"),
      markdown: markdownText,
      html: renderTokens(contentTokens),
      line: bodyLine + start.line,
    });
  });
  return { sections, firstParagraph };
}

export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section"
  );
}
