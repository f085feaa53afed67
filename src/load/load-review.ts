// The two kinds of file that sit beside the reports and are read the same way: front-matter,
// validated against its schema, and a Markdown body rendered once. A review keeps the overseers'
// comments on one report; a quarter's introduction opens that quarter's digest. Pure (no I/O),
// like ./load-file.ts, and never throws on bad content.
import type { QuarterIntro, Review } from "../model/archive.ts";
import type { Quarter } from "../model/quarter.ts";
import { type ReviewFrontMatter, quarterIntroSchema, reviewSchema } from "../model/schema.ts";
import { reviewChecks } from "./checks/index.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { splitFrontMatter } from "./front-matter.ts";
import type { Loaded } from "./load-file.ts";
import { renderMarkdown } from "./markdown.ts";
import { salvage } from "./salvage.ts";
import { validate } from "./validate.ts";

// A site has a few of these, against thousands of reports: the fast YAML path is not worth its
// fall-back here, so they are read by the reference parser alone.
const REFERENCE_YAML = { fastYaml: false };

export function loadReviewText(
  text: string,
  source: { group: string; quarter: Quarter; sourcePath: string },
  file: string,
): Loaded<Review> {
  const { frontMatter, diagnostics } = splitFrontMatter(text, file, REFERENCE_YAML);
  if (!frontMatter) return { value: undefined, diagnostics };
  const { locator } = frontMatter;
  const result = validate(reviewSchema, frontMatter.data ?? {}, file, locator);
  diagnostics.push(...result.diagnostics);
  // Checked as far as it is valid, as a report is: all errors in one run.
  const data = result.ok ? result.value : (salvage(reviewSchema, frontMatter.data) as ReviewFrontMatter);
  const checked: Diagnostic[] = reviewChecks.flatMap((check) => check({ data, file, locator }));
  diagnostics.push(...checked);
  if (!result.ok || checked.some((d) => d.severity === "error")) return { value: undefined, diagnostics };
  const markdown = frontMatter.body.trim();
  return { value: { ...source, data: result.value, comments: { markdown, html: renderMarkdown(markdown) } }, diagnostics };
}

export function loadQuarterIntroText(text: string, source: { quarter: Quarter; sourcePath: string }, file: string): Loaded<QuarterIntro> {
  const { frontMatter, diagnostics } = splitFrontMatter(text, file, REFERENCE_YAML);
  if (!frontMatter) return { value: undefined, diagnostics };
  const result = validate(quarterIntroSchema, frontMatter.data ?? {}, file, frontMatter.locator);
  diagnostics.push(...result.diagnostics);
  if (!result.ok) return { value: undefined, diagnostics };
  const markdown = frontMatter.body.trim();
  return { value: { ...source, data: result.value, body: { markdown, html: renderMarkdown(markdown) } }, diagnostics };
}
