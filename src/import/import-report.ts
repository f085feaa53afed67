// Turns a legacy plain-text (or loose Markdown) report into a draft in the report format, and
// says what it did. Pure: text in, front-matter and body out. Only what is recognised with
// confidence is structured; every other block stays in the body, in its section, word for word.
import type { Quarter } from "../model/quarter.ts";
import type { ReportFrontMatter, Session, WorkProduct } from "../model/schema.ts";
import type { SectionKey } from "../model/sections.ts";
import { agendaDate } from "./agenda-date.ts";
import { type Block, blockText, toBlocks } from "./blocks.ts";
import { type DraftSection, draftBody } from "./draft-body.ts";
import { type FigurePath, figuresFrontMatter, liftFigures } from "./figures.ts";
import { type ReportPeriod, periodOf } from "../draft/report-period.ts";
import { titleBlockIndex } from "./report-title.ts";
import { type Heading, headingOf } from "./section-heading.ts";
import { sessionsOfDay } from "./sessions.ts";
import { isWorkProductItem, workProductOf } from "./work-products.ts";

export interface ProseSection {
  /** null for the introduction (text before the first heading). */
  heading: Heading | null;
  /** The line of the original the heading is on. */
  line: number;
  blocks: Block[];
}

export interface ImportOptions {
  /** The span the report covers: its quarter, or the half-year or year that ends with it. */
  period?: ReportPeriod;
}

export interface ImportResult {
  frontMatter: ReportFrontMatter;
  /** YAML comments for front-matter values: where in the original each lifted figure is stated. */
  comments: { path: FigurePath; text: string }[];
  body: string;
  /** Each heading of the original and the part of the report it went to. */
  headings: { text: string; part: SectionKey | "own section"; line: number }[];
  /** Sections and how many blocks each kept as prose, for the summary the command prints. */
  prose: { heading: string; paragraphs: number; line: number }[];
  /** Date lines outside the period the report covers: left as prose, worth a look. */
  datesOutsidePeriod: { label: string; date: string; line: number }[];
}

export function importReport(text: string, quarter: Quarter, options: ImportOptions = {}): ImportResult {
  const period = options.period ?? periodOf(quarter, "quarterly");
  const sections = splitAtHeadings(toBlocks(text).flatMap(splitMarkedHeadings));
  const frontMatter: ReportFrontMatter = { quarter: quarter.id };

  const intro = sections[0]!;
  const titleIndex = titleBlockIndex(intro.blocks);
  if (titleIndex !== -1) frontMatter.title = blockText(intro.blocks.splice(titleIndex, 1)[0]!).replace(/^#+\s+/, "");

  const agenda: Session[] = [];
  const datesOutsidePeriod: ImportResult["datesOutsidePeriod"] = [];
  for (const section of sections) {
    section.blocks = takeAgenda(section.blocks, period, agenda, datesOutsidePeriod);
  }
  if (agenda.length > 0) frontMatter.agenda = agenda;

  const workProducts: WorkProduct[] = [];
  for (const section of sections.filter((s) => s.heading?.key === "workProducts")) {
    workProducts.push(...section.blocks.filter(isWorkProductItem).map(workProductOf));
    section.blocks = section.blocks.filter((b) => !isWorkProductItem(b));
  }
  if (workProducts.length > 0) frontMatter.workProducts = workProducts;

  const figures = liftFigures(sections.flatMap((s) => s.blocks));
  const { agenda: sessions, workProducts: work, ...head } = frontMatter;
  const ordered: ReportFrontMatter = { ...head, ...figuresFrontMatter(figures), ...(sessions && { agenda: sessions }), ...(work && { workProducts: work }) };
  const comments = figures.map((f) => ({ path: f.path, text: ` from line ${f.line} of the original: ${quoted(f.sentence)}` }));

  const drafted: DraftSection[] = sections.map((s) => ({ heading: s.heading, blocks: s.blocks }));
  const headings = sections.flatMap((s) => (s.heading ? [{ text: s.heading.text, part: s.heading.key ?? ("own section" as const), line: s.line }] : []));
  const prose = sections
    .filter((s) => s.blocks.length > 0)
    .map((s) => ({ heading: s.heading?.text ?? "introduction", paragraphs: s.blocks.length, line: s.blocks[0]!.line }));
  return { frontMatter: ordered, comments, body: draftBody(drafted), headings, prose, datesOutsidePeriod };
}

const quoted = (sentence: string) => JSON.stringify(sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence);

/**
 * "**Overall Health**" or "Membership Data:" on a line of its own inside a paragraph (wiki pastes
 * lose the blank lines): the heading becomes a block of its own. Only marked lines (bold, or
 * ending in a colon) that name a part, so an ordinary line is never taken for a heading.
 */
function splitMarkedHeadings(block: Block): Block[] {
  if (block.marker || block.lines.length === 1) return [block];
  const out: Block[] = [];
  block.lines.forEach((text, i) => {
    const line = block.line + i;
    const alone: Block = { line, lines: [text] };
    const marked = /^(\*\*|__).+\1:?$/.test(text) || /:$/.test(text);
    if (marked && headingOf(alone, true)?.key !== undefined) out.push(alone, { line: line + 1, lines: [] });
    else if (out.length === 0) out.push({ ...block, lines: [text] });
    else out.at(-1)!.lines.push(text);
  });
  return out.filter((b) => b.lines.length > 0);
}

function splitAtHeadings(blocks: readonly Block[]): ProseSection[] {
  const sections: ProseSection[] = [{ heading: null, line: 1, blocks: [] }];
  blocks.forEach((block, i) => {
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    const alone = (!before || before.line + before.lines.length < block.line) && (!after || after.line > block.line + 1);
    const heading = headingOf(block, alone);
    // A heading of the group's own starts a section only at the top levels; "### Notes on X"
    // inside a part stays where it is. A `#` title before any section is the report's title.
    const starts = heading && (heading.key !== undefined || heading.level === 2 || (heading.level === 1 && sections.length > 1));
    if (heading && starts) sections.push({ heading, line: block.line, blocks: [] });
    else if (heading?.level === 1) sections.at(-1)!.blocks.push({ line: block.line, lines: [heading.text] });
    else sections.at(-1)!.blocks.push(block);
  });
  return sections;
}

/** Moves every dated run of blocks into `agenda`; returns the blocks left as prose. */
function takeAgenda(
  blocks: readonly Block[],
  period: ReportPeriod,
  agenda: Session[],
  outside: ImportResult["datesOutsidePeriod"],
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
    // A session of a half-yearly or yearly report may be on any day of its period (March 8 in 2019-Q2 of a half-yearly group).
    const dated = agendaDate(block.lines[0]!, period);
    if (dated && !dated.inQuarter) outside.push({ label: dated.label, date: dated.date, line: block.line });
    if (!dated?.inQuarter) {
      (day ? day.blocks : prose).push(block);
      continue;
    }
    const restLines = [dated.rest, ...block.lines.slice(1)].filter((l) => l !== "");
    if (block.marker) {
      // "- April 12: Title" is a session of its own; a bare dated item stays a list item.
      if (restLines.length === 0) (day ? day.blocks : prose).push(block);
      else {
        closeDay();
        agenda.push(...sessionsOfDay(dated.date, [{ line: block.line, lines: restLines }]));
      }
      continue;
    }
    closeDay();
    day = { date: dated.date, source: block, blocks: [] };
    // "May 24 1. First item" or "April 12: Title": the rest of the line starts the day's text.
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
