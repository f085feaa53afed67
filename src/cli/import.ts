// `sigreport import <file> --group <slug> --quarter YYYY-Qn [--out FILE]`: turns a legacy report
// into a draft in the format, so years of plain-text reports can join the archive. It structures
// only what it recognises, keeps everything else as prose, and says which is which.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { markdownFile } from "../draft/report-file.ts";
import { reportDraftErrors } from "../draft/verify-draft.ts";
import { importReport } from "../import/import-report.ts";
import { decodeText } from "../load/read-text.ts";
import { GROUP_SLUG } from "../model/fields.ts";
import { Quarter } from "../model/quarter.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { formatText } from "./format-diagnostics.ts";
import { type Io, UsageError } from "./io.ts";
import { shown, writeNewFile } from "./write-new-file.ts";

export async function importCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [source, ...extra] = args.positionals;
  if (source === undefined) throw new UsageError("Give the legacy report to import, e.g. sigreport import old/2019-Q2.txt --group public-sector --quarter 2019-Q2.");
  if (extra.length > 0) throw new UsageError(`import takes one file; got ${args.positionals.join(", ")}.`);
  const slug = optionValue(args, "group");
  if (slug === undefined) throw new UsageError("--group is required: the folder name of the report's group, e.g. --group public-sector.");
  if (!GROUP_SLUG.test(slug)) throw new UsageError(`--group ${JSON.stringify(slug)} is not a group slug: expected lower-case letters, digits and hyphens, e.g. public-sector.`);
  const quarterOption = optionValue(args, "quarter");
  const quarter = quarterOption !== undefined && /^\d{4}-Q[1-4]$/.test(quarterOption) ? Quarter.parse(quarterOption) : undefined;
  if (!quarter) throw new UsageError(`--quarter is required, written YYYY-Qn, e.g. --quarter 2019-Q2${quarterOption ? `; got ${JSON.stringify(quarterOption)}` : ""}.`);
  const contentDir = optionValue(args, "content") ?? "content";
  const out = optionValue(args, "out") ?? path.join(contentDir, "groups", slug, `${quarter.id}.md`);
  const outQuarter = /^(\d{4}-[Qq][1-4])\.md$/.exec(path.basename(out));
  if (outQuarter && !Quarter.parse(outQuarter[1]!)!.equals(quarter)) {
    throw new UsageError(`--out ${out} is named for ${outQuarter[1]}, but --quarter is ${quarter.id}; a report's file name is its quarter.`);
  }

  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`${source}: cannot read the report to import (${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code}).\nGive the path of a plain-text or Markdown file.`);
    return 2;
  }
  const decoded = decodeText(bytes, source);
  if (!decoded.ok) {
    io.err(`${formatText([decoded.diagnostic])}`);
    return 2;
  }

  const result = importReport(decoded.text, quarter);
  const text = markdownFile(result.frontMatter, result.body);
  const problems = reportDraftErrors(text, slug, quarter, shown(out));
  if (problems.length > 0) throw new Error(`the imported draft would not pass check:\n${formatText(problems)}`);

  const outcome = await writeNewFile(out, text);
  if (!outcome.written) {
    io.err(`${shown(outcome.existing)} already exists; import never overwrites a report.\nMove it away, or write the draft elsewhere with --out FILE.`);
    return 1;
  }
  io.out(describe(result, shown(out), source));
  const index = path.join(contentDir, "groups", slug, "index.md");
  if (optionValue(args, "out") === undefined && !existsSync(index)) {
    io.out(`\nThe group has no ${shown(index)} yet, so check will report missing-group-index. Create it with:\n  npx sigreport new-group ${slug} --name "…"`);
  }
  return 0;
}

function describe(result: ReturnType<typeof importReport>, out: string, source: string): string {
  const { frontMatter: fm } = result;
  const lines = [`Wrote ${out}, a draft from ${source}.`, "", "Structured (in the front-matter):"];
  if (fm.title) lines.push(`  title: ${fm.title}`);
  lines.push(`  agenda: ${fm.agenda?.length ?? 0} session(s)`);
  for (const s of fm.agenda ?? []) {
    const presenters = s.presenters?.length ? ` (presenters: ${s.presenters.map((p) => p.name).join(", ")})` : "";
    lines.push(`    ${s.date}  ${s.title}${presenters}`);
  }
  lines.push(`  workProducts: ${fm.workProducts?.length ?? 0}`);
  for (const wp of fm.workProducts ?? []) lines.push(`    ${wp.status.padEnd(11)} ${wp.title}`);
  lines.push("", "Left as prose (in the body, word for word):");
  if (result.prose.length === 0) lines.push("  nothing");
  for (const p of result.prose) lines.push(`  ${p.heading}: ${p.paragraphs} paragraph(s), from line ${p.line} of the original`);
  for (const d of result.datesOutsideQuarter) {
    lines.push(`  line ${d.line}: "${d.label}" is ${d.date}, outside ${fm.quarter}; left as prose`);
  }
  lines.push(
    "",
    "Next:",
    "  1. Read the draft beside the original: shorten long titles, check each session's presenters and each work product's status.",
    "  2. Move figures from the prose into health:, activity: and diversity: (see docs/writing-a-report.md).",
    "  3. The body's first paragraph is the report's summary unless you add summary:; make it one.",
    "  4. Run npx sigreport check.",
  );
  return lines.join("\n");
}
