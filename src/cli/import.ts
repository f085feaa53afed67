// `sigreport import <file|-> --group <slug> --quarter YYYY-Qn [--cadence half-yearly|yearly] [--out FILE]`:
// turns a legacy report into a draft in the format, so years of plain-text reports can join the
// archive. It structures only what it recognises, keeps everything else as prose, and says which
// is which. `-` reads standard input, so a chair can paste a wiki page.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { markdownFile } from "../draft/report-file.ts";
import { reportDraftErrors, reportDraftWarnings } from "../draft/verify-draft.ts";
import { importReport } from "../import/import-report.ts";
import { isFilingQuarter } from "../archive/schedule.ts";
import { type ReportPeriod, periodOf } from "../draft/report-period.ts";
import { decodeText } from "../load/read-text.ts";
import { GROUP_SLUG } from "../model/fields.ts";
import { Quarter } from "../model/quarter.ts";
import { CADENCES, type Cadence } from "../model/schema.ts";
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
  const cadence = (optionValue(args, "cadence") ?? "quarterly") as Cadence;
  if (!CADENCES.includes(cadence)) throw new UsageError(`--cadence must be one of ${CADENCES.join(", ")}; got ${JSON.stringify(cadence)}.`);
  if (!isFilingQuarter(cadence, quarter)) {
    throw new UsageError(`A ${cadence} report is filed under ${cadence === "yearly" ? "Q4" : "Q2 or Q4"}, the last quarter it covers; got --quarter ${quarter.id}.`);
  }
  const contentDir = optionValue(args, "content") ?? "content";
  const out = optionValue(args, "out") ?? path.join(contentDir, "groups", slug, `${quarter.id}.md`);
  const outQuarter = /^(\d{4}-[Qq][1-4])\.md$/.exec(path.basename(out));
  if (outQuarter && !Quarter.parse(outQuarter[1]!)!.equals(quarter)) {
    throw new UsageError(`--out ${out} is named for ${outQuarter[1]}, but --quarter is ${quarter.id}; a report's file name is its quarter.`);
  }

  let bytes: Buffer;
  try {
    bytes = source === "-" ? await (io.stdin ?? readStdin)() : await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`${source}: cannot read the report to import (${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code}).\nGive the path of a plain-text or Markdown file.`);
    return 2;
  }
  const shownSource = source === "-" ? "standard input" : source;
  const decoded = decodeText(bytes, shownSource);
  if (!decoded.ok) {
    io.err(`${formatText([decoded.diagnostic])}`);
    return 2;
  }

  const period = periodOf(quarter, cadence);
  const result = importReport(decoded.text, quarter, { period });
  const text = markdownFile(result.frontMatter, result.body, result.comments);
  const problems = reportDraftErrors(text, slug, quarter, shown(out), cadence);
  if (problems.length > 0) throw new Error(`the imported draft would not pass check:\n${formatText(problems)}`);

  const outcome = await writeNewFile(out, text);
  if (!outcome.written) {
    io.err(`${shown(outcome.existing)} already exists; import never overwrites a report.\nMove it away, or write the draft elsewhere with --out FILE.`);
    return 1;
  }
  io.out(describe(result, period, shown(out), shownSource));
  const warnings = reportDraftWarnings(text, slug, quarter, shown(out), cadence);
  if (warnings.length > 0) io.out(`\ncheck will warn about the draft (the pull request's check --strict refuses these):\n${formatText(warnings)}`);
  if (cadence !== "quarterly") io.out(`\nThis report covers ${period.first} to ${period.last}. Say so once in the group's index.md with cadence: ${cadence}.`);
  const index = path.join(contentDir, "groups", slug, "index.md");
  if (optionValue(args, "out") === undefined && !existsSync(index)) {
    io.out(`\nThe group has no ${shown(index)} yet, so check will report missing-group-index. Create it with:\n  npx sigreport new-group ${slug} --name "…"`);
  }
  return 0;
}

function describe(result: ReturnType<typeof importReport>, period: ReportPeriod, out: string, source: string): string {
  const { frontMatter: fm } = result;
  const lines = [`Wrote ${out}, a draft from ${source}.`, "", "Headings (and the part of the report each went to):"];
  if (result.headings.length === 0) lines.push("  none found: everything is in the introduction");
  for (const h of result.headings) lines.push(`  line ${h.line}: ${h.text} → ${h.part}`);
  lines.push("", "Structured (in the front-matter):");
  if (fm.title) lines.push(`  title: ${fm.title}`);
  const figures = result.comments.map((c) => `    ${c.path.join(".")}:${c.text}`);
  lines.push(`  figures: ${figures.length}${figures.length ? " (each with a comment naming its sentence)" : ""}`, ...figures);
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
  const covered = period.cadence === "quarterly" ? fm.quarter : `the period the report covers (${period.first} to ${period.last})`;
  for (const d of result.datesOutsidePeriod) lines.push(`  line ${d.line}: "${d.label}" is ${d.date}, outside ${covered}; left as prose`);
  lines.push(
    "",
    "Next:",
    "  1. Read the draft beside the original: shorten long titles, check each session's presenters and each work product's status.",
    "  2. Check each figure against the sentence its comment names; add the ones import could not read (see docs/writing-a-report.md).",
    "  3. The body's first paragraph is the report's summary unless you add summary:; make it one.",
    "  4. Run npx sigreport check.",
  );
  return lines.join("\n");
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
