// One file's text to one typed model plus its diagnostics. Pure (no I/O), so it can run anywhere,
// a worker thread included, and never throws on bad content.
import type { Report } from "../model/archive.ts";
import type { Quarter } from "../model/quarter.ts";
import { type GroupFrontMatter, type SiteSettings, groupSchema, reportSchema, siteSchema } from "../model/schema.ts";
import { groupChecks, reportChecks } from "./checks/index.ts";
import { type Diagnostic, type Position, diagnostic } from "./diagnostics.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { renderMarkdown } from "./markdown.ts";
import { salvage } from "./salvage.ts";
import { splitSections } from "./sections.ts";
import { validate } from "./validate.ts";
import { parseYaml } from "./yaml.ts";
import { noLocator, yamlLocator } from "./yaml-positions.ts";

export type ReportDraft = Omit<Report, "title" | "authors">;

export interface Loaded<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

export function loadSiteText(text: string, file: string): Loaded<SiteSettings> {
  const parsed = parseYaml(text, file);
  if (parsed.data === undefined) return { value: undefined, diagnostics: parsed.diagnostics };
  const result = validate(siteSchema, parsed.data, file, yamlLocator(parsed.doc, parsed.lineCounter));
  return { value: result.ok ? result.value : undefined, diagnostics: [...parsed.diagnostics, ...result.diagnostics] };
}

export interface LoadedGroup {
  data: GroupFrontMatter;
  description: { markdown: string; html: string };
}

export function loadGroupText(text: string, file: string): Loaded<LoadedGroup> {
  const { frontMatter, diagnostics } = splitFrontMatter(text, file);
  if (!frontMatter) return { value: undefined, diagnostics };
  const locator = frontMatter.doc ? yamlLocator(frontMatter.doc, frontMatter.lineCounter) : noLocator;
  const result = validate(groupSchema, frontMatter.data ?? {}, file, locator);
  diagnostics.push(...result.diagnostics);
  if (!result.ok) {
    const data = salvage(groupSchema, frontMatter.data) as GroupFrontMatter;
    for (const check of groupChecks) diagnostics.push(...check({ data, file, locator }));
    return { value: undefined, diagnostics };
  }
  for (const check of groupChecks) diagnostics.push(...check({ data: result.value, file, locator }));
  const markdown = frontMatter.body.trim();
  return { value: { data: result.value, description: { markdown, html: renderMarkdown(markdown) } }, diagnostics };
}

export interface LoadedReport {
  draft: ReportDraft;
  /** Where each top-level field starts, for cross-file diagnostics. */
  positions: Record<string, Position>;
}

export function loadReportText(
  text: string,
  source: { group: string; quarter: Quarter; sourcePath: string },
  file: string,
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
  const { frontMatter, diagnostics } = splitFrontMatter(text, file);
  if (!frontMatter) return { value: undefined, diagnostics };
  const locator = frontMatter.doc ? yamlLocator(frontMatter.doc, frontMatter.lineCounter) : noLocator;
  const result = validate(reportSchema, frontMatter.data ?? {}, file, locator);
  diagnostics.push(...result.diagnostics);
  if (!result.ok) {
    // Not published, but checked as far as it is valid. A list item that failed is a hole, which
    // the checks' flatMap/filter skip.
    const data = salvage(reportSchema, frontMatter.data) as ReportDraft["data"];
    const partial: ReportDraft = { ...source, data, summary: undefined, sections: [] };
    for (const check of reportChecks) diagnostics.push(...check({ report: partial, file, locator }));
    return { value: undefined, diagnostics };
  }

  const { sections, firstParagraph } = splitSections(frontMatter.body, frontMatter.bodyLine);
  const draft: ReportDraft = {
    group: source.group,
    quarter: source.quarter,
    sourcePath: source.sourcePath,
    data: result.value,
    summary: result.value.summary ?? firstParagraph,
    sections,
  };
  for (const check of reportChecks) diagnostics.push(...check({ report: draft, file, locator }));

  const positions: Record<string, Position> = {};
  for (const key of Object.keys(result.value)) positions[key] = locator.key([], key);
  return { value: { draft, positions }, diagnostics };
}
