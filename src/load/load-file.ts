// One file's text to one typed model plus its diagnostics. Pure (no I/O), so it can run anywhere,
// a worker thread included, and never throws on bad content.
import { periodOf } from "../draft/report-period.ts";
import type { Report } from "../model/archive.ts";
import type { Quarter } from "../model/quarter.ts";
import { type Cadence, type GroupFrontMatter, type SiteSettings, groupSchema, reportSchema, siteSchema } from "../model/schema.ts";
import { groupChecks, reportChecks } from "./checks/index.ts";
import { type Diagnostic, diagnostic } from "./diagnostics.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { renderMarkdown } from "./markdown.ts";
import { compactStrings } from "../compact-strings.ts";
import { salvage } from "./salvage.ts";
import { splitSections } from "./sections.ts";
import { validate } from "./validate.ts";
import { readYaml } from "./yaml-read.ts";
import { type FieldPositions, topLevelPositions } from "./yaml-positions.ts";

export type ReportDraft = Omit<Report, "title" | "authors">;

export interface Loaded<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

export interface LoadTextOptions {
  /**
   * Read YAML by the fast path where it can vouch for the result (default true). False reads
   * every file with `yaml` alone, the reference the fast path is tested against.
   */
  fastYaml?: boolean;
}

// Whenever fields read by the fast path fail validation, the file is loaded again by the slow
// path, so that every error about a file's content comes from the one parser that explains it.
const SLOW: LoadTextOptions = { fastYaml: false };

export function loadSiteText(text: string, file: string, options: LoadTextOptions = {}): Loaded<SiteSettings> {
  const parsed = readYaml(text, file, { fast: options.fastYaml ?? true });
  if (parsed.data === undefined) return { value: undefined, diagnostics: parsed.diagnostics };
  const result = validate(siteSchema, parsed.data, file, parsed.locator);
  if (!result.ok && parsed.fast) return loadSiteText(text, file, SLOW);
  return { value: result.ok ? result.value : undefined, diagnostics: [...parsed.diagnostics, ...result.diagnostics] };
}

export interface LoadedGroup {
  data: GroupFrontMatter;
  description: { markdown: string; html: string };
}

/**
 * A group index's load. One that fails validation still gives its `cadence` when that field is
 * valid, so its reports' agendas are checked against the right period in the same run.
 */
export type GroupLoad = Loaded<LoadedGroup> & { cadence?: Cadence };

export function loadGroupText(text: string, file: string, options: LoadTextOptions = {}): GroupLoad {
  const { frontMatter, diagnostics } = splitFrontMatter(text, file, { fastYaml: options.fastYaml ?? true });
  if (!frontMatter) return { value: undefined, diagnostics };
  const { locator } = frontMatter;
  const result = validate(groupSchema, frontMatter.data ?? {}, file, locator);
  if (!result.ok && frontMatter.fast) return loadGroupText(text, file, SLOW);
  diagnostics.push(...result.diagnostics);
  if (!result.ok) {
    const data = salvage(groupSchema, frontMatter.data) as GroupFrontMatter;
    for (const check of groupChecks) diagnostics.push(...check({ data, file, locator }));
    return { value: undefined, diagnostics, ...(data.cadence !== undefined && { cadence: data.cadence }) };
  }
  for (const check of groupChecks) diagnostics.push(...check({ data: result.value, file, locator }));
  const markdown = frontMatter.body.trim();
  return { value: { data: result.value, description: { markdown, html: renderMarkdown(markdown) } }, diagnostics };
}

export interface LoadedReport {
  draft: ReportDraft;
  /** Where each top-level field starts, for cross-file diagnostics. */
  positions: FieldPositions;
}

/** Where a report comes from; `cadence` is its group's (default quarterly), which sets the period its agenda may span. */
export interface ReportSource {
  group: string;
  quarter: Quarter;
  sourcePath: string;
  cadence?: Cadence;
}

export function loadReportText(
  text: string,
  source: ReportSource,
  file: string,
  options: LoadTextOptions = {},
): Loaded<LoadedReport> {
  if (text.trim() === "") {
    return {
      value: undefined,
      diagnostics: [
        diagnostic("empty-file", file, {
          message: "The report is empty.",
          expected: "front-matter fields and/or the report's text",
          found: "an empty file",
        }),
      ],
    };
  }
  const { frontMatter, diagnostics } = splitFrontMatter(text, file, { fastYaml: options.fastYaml ?? true });
  if (!frontMatter) return { value: undefined, diagnostics };
  const { locator } = frontMatter;
  const period = periodOf(source.quarter, source.cadence ?? "quarterly");
  const result = validate(reportSchema, frontMatter.data ?? {}, file, locator);
  if (!result.ok && frontMatter.fast) return loadReportText(text, source, file, SLOW);
  diagnostics.push(...result.diagnostics);
  if (!result.ok) {
    // Not published, but checked as far as it is valid. A list item that failed is a hole, which
    // the checks' flatMap/filter skip.
    const data = salvage(reportSchema, frontMatter.data) as ReportDraft["data"];
    const partial: ReportDraft = { group: source.group, quarter: source.quarter, sourcePath: source.sourcePath, data, summary: undefined, sections: [], sessionSummariesHtml: [] };
    // Its prose is judged (prompts, empty parts, length) once its data loads: errors come first.
    for (const check of reportChecks) diagnostics.push(...check({ report: partial, file, locator, body: "", bodyLine: frontMatter.bodyLine, period }));
    return { value: undefined, diagnostics };
  }

  const { sections, firstParagraph } = compactStrings(splitSections(frontMatter.body, frontMatter.bodyLine));
  const data = compactStrings(result.value);
  const draft: ReportDraft = {
    group: source.group,
    quarter: source.quarter,
    sourcePath: source.sourcePath,
    data,
    summary: data.summary ?? firstParagraph,
    sections,
    sessionSummariesHtml: compactStrings((data.agenda ?? []).map((session) => (session.summary === undefined ? undefined : renderMarkdown(session.summary)))),
  };
  for (const check of reportChecks) diagnostics.push(...check({ report: draft, file, locator, body: frontMatter.body, bodyLine: frontMatter.bodyLine, period }));
  return { value: { draft, positions: topLevelPositions(locator, result.value) }, diagnostics };
}
