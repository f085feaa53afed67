// Turns a legacy plain-text (or loose Markdown) report into a draft in the report format, and
// says what it did. Pure: text in, front-matter and body out. Only what is recognised with
// confidence is structured; every other block stays in the body, in its section, word for word.
import type { Quarter } from "../model/quarter.ts";
import type { ReportFrontMatter, Session, WorkProduct } from "../model/schema.ts";
import { agendaDate } from "./agenda-date.ts";
import { type Block, blockText, toBlocks } from "./blocks.ts";
import { blocksMarkdown } from "./prose-markdown.ts";
import { titleBlockIndex } from "./report-title.ts";
import { type Heading, headingOf } from "./section-heading.ts";
import { sessionsOfDay } from "./sessions.ts";
import { isListItem, workProductOf } from "./work-products.ts";

export interface ProseSection {
  /** null for the introduction (text before the first known heading). */
  heading: Heading | null;
  blocks: Block[];
}

export interface ImportResult {
  frontMatter: ReportFrontMatter;
  body: string;
  /** Sections and how many blocks each kept as prose, for the summary the command prints. */
  prose: { heading: string; paragraphs: number; line: number }[];
  /** Date lines outside the quarter: left as prose, worth a look. */
  datesOutsideQuarter: { label: string; date: string; line: number }[];
}

export function importReport(text: string, quarter: Quarter): ImportResult {
  const sections = splitAtHeadings(toBlocks(text));
  const frontMatter: ReportFrontMatter = { quarter: quarter.id };

  const intro = sections[0]!;
  const titleIndex = titleBlockIndex(intro.blocks);
  if (titleIndex !== -1) frontMatter.title = blockText(intro.blocks.splice(titleIndex, 1)[0]!);

  const agenda: Session[] = [];
  const datesOutsideQuarter: ImportResult["datesOutsideQuarter"] = [];
  for (const section of sections) {
    section.blocks = takeAgenda(section.blocks, quarter, agenda, datesOutsideQuarter);
  }
  if (agenda.length > 0) frontMatter.agenda = agenda;

  const workProducts: WorkProduct[] = [];
  for (const section of sections.filter((s) => s.heading?.key === "workProducts")) {
    workProducts.push(...section.blocks.filter(isListItem).map(workProductOf));
    section.blocks = section.blocks.filter((b) => !isListItem(b));
  }
  if (workProducts.length > 0) frontMatter.workProducts = workProducts;

  const body = sections
    .filter((s) => s.heading !== null || s.blocks.length > 0)
    .map((s) => [s.heading ? `## ${s.heading.text}` : "", blocksMarkdown(s.blocks)].filter((part) => part !== "").join("\n\n"))
    .join("\n\n");
  const prose = sections
    .filter((s) => s.blocks.length > 0)
    .map((s) => ({ heading: s.heading?.text ?? "introduction", paragraphs: s.blocks.length, line: s.blocks[0]!.line }));
  return { frontMatter, body, prose, datesOutsideQuarter };
}

function splitAtHeadings(blocks: readonly Block[]): ProseSection[] {
  const sections: ProseSection[] = [{ heading: null, blocks: [] }];
  for (const block of blocks) {
    const heading = headingOf(block);
    if (heading) sections.push({ heading, blocks: [] });
    else sections.at(-1)!.blocks.push(block);
  }
  return sections;
}

/** Moves every dated run of blocks into `agenda`; returns the blocks left as prose. */
function takeAgenda(
  blocks: readonly Block[],
  quarter: Quarter,
  agenda: Session[],
  outside: ImportResult["datesOutsideQuarter"],
): Block[] {
  const prose: Block[] = [];
  let day: { date: Session["date"]; source: Block; blocks: Block[] } | undefined;
  const closeDay = () => {
    // A date with nothing under it has no session to title: the line stays prose.
    if (day && day.blocks.length === 0) prose.push(day.source);
    else if (day) agenda.push(...sessionsOfDay(day.date, day.blocks));
    day = undefined;
  };
  for (const block of blocks) {
    const dated = block.marker ? undefined : agendaDate(block.lines[0]!, quarter);
    if (dated && !dated.inQuarter) outside.push({ label: dated.label, date: dated.date, line: block.line });
    if (!dated?.inQuarter) {
      (day ? day.blocks : prose).push(block);
      continue;
    }
    closeDay();
    day = { date: dated.date, source: block, blocks: [] };
    // "May 24 1. First item" or "April 12: Title": the rest of the line starts the day's text.
    const restLines = [dated.rest, ...block.lines.slice(1)].filter((l) => l !== "");
    if (restLines.length > 0) {
      const number = /^(\d{1,2})[.)]\s+/.exec(restLines[0]!);
      day.blocks.push({
        line: block.line,
        lines: number ? [restLines[0]!.slice(number[0].length), ...restLines.slice(1)] : restLines,
        ...(number && { marker: { kind: "number" as const, number: Number(number[1]) } }),
      });
    }
  }
  closeDay();
  return prose;
}
