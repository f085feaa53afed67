// `sigreport new <group> [--quarter YYYY-Qn]`: starts the report the chair owes (the latest period
// of the group's cadence that has ended, if unreported), pre-filled from the last report, so a
// chair edits a file that already checks clean instead of copying an old one.
import path from "node:path";
import { formatText } from "./format-diagnostics.ts";
import { hasErrors } from "../load/diagnostics.ts";
import { loadArchive } from "../load/load-archive.ts";
import { ContentFolderMissing } from "../load/walk.ts";
import { todayFromEnv } from "../site/view-models/context.ts";
import { GROUP_SLUG } from "../model/fields.ts";
import { Quarter } from "../model/quarter.ts";
import { markdownFile } from "../draft/report-file.ts";
import { chooseQuarter, nextReportFrontMatter, openQuestionResponses, previousReport } from "../draft/next-report.ts";
import { openQuestions } from "../archive/review-questions.ts";
import { cadenceOf } from "../archive/schedule.ts";
import { hintedBody } from "../draft/section-hints.ts";
import { reportDraftErrors } from "../draft/verify-draft.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { type Io, UsageError } from "./io.ts";
import { shown, writeNewFile } from "./write-new-file.ts";

export async function newReport(args: ParsedArgs, io: Io): Promise<number> {
  const [slug, ...extra] = args.positionals;
  if (slug === undefined) throw new UsageError("Say which group the report is for, e.g. sigreport new public-sector.");
  if (extra.length > 0) throw new UsageError(`new takes one group; got ${args.positionals.join(", ")}.`);
  if (!GROUP_SLUG.test(slug)) throw new UsageError(`${JSON.stringify(slug)} is not a group slug: expected lower-case letters, digits and hyphens, e.g. public-sector.`);
  const quarterOption = optionValue(args, "quarter");
  const given = quarterOption === undefined ? undefined : Quarter.parse(quarterOption);
  if (quarterOption !== undefined && (given === undefined || !/^\d{4}-Q[1-4]$/.test(quarterOption))) {
    throw new UsageError(`--quarter expects a quarter written YYYY-Qn, e.g. 2019-Q3; got ${JSON.stringify(quarterOption)}.`);
  }
  const contentDir = optionValue(args, "content") ?? "content";

  let loaded;
  try {
    loaded = await loadArchive(contentDir);
  } catch (error) {
    if (error instanceof ContentFolderMissing) {
      io.err(`${error.message} Give the folder that holds site.yaml and groups/ with --content DIR.`);
      return 2;
    }
    throw error;
  }
  const group = loaded.archive.groups.find((g) => g.slug === slug);
  const groupFolder = path.join(contentDir, "groups", slug);
  const groupProblems = loaded.diagnostics.filter((d) => d.severity === "error" && isInside(d.file, groupFolder));
  if (!group || hasErrors(groupProblems)) {
    if (groupProblems.length > 0) {
      io.err(`${formatText(groupProblems)}\n`);
      io.err(`The group's files have errors, and new reads them to carry open work forward. Fix them first (npx sigreport check).`);
    } else {
      const known = loaded.archive.groups.map((g) => g.slug).join(", ") || "none yet";
      io.err(`There is no group ${JSON.stringify(slug)}: ${shown(path.join(groupFolder, "index.md"))} does not exist (groups: ${known}).\nCreate it with: npx sigreport new-group ${slug} --name "…"`);
    }
    return 1;
  }

  const { quarter, reason, owed } = given ? { quarter: given, reason: "the quarter you gave with --quarter", owed: true } : chooseQuarter(group, todayFromEnv());
  if (!owed) {
    io.err(`${group.name} owes no report now: ${reason}.\nPass --quarter ${quarter.id} to start that report early.`);
    return 1;
  }
  const previous = previousReport(group, quarter);
  const data = nextReportFrontMatter(quarter, previous);
  const responses = openQuestionResponses(openQuestions(loaded.archive, slug, quarter));
  if (responses.length > 0) data.responses = responses;
  const text = markdownFile(data, hintedBody());
  const file = path.join(groupFolder, `${quarter.id}.md`);

  const problems = reportDraftErrors(text, slug, quarter, shown(file), cadenceOf(group));
  if (problems.length > 0) throw new Error(`the new report would not pass check:\n${formatText(problems)}`);

  const outcome = await writeNewFile(file, text);
  if (!outcome.written) {
    io.err(`${shown(outcome.existing)} already exists; new never overwrites a report.\nEdit that file, or pick another quarter with --quarter YYYY-Qn.`);
    return 1;
  }

  const carried = data.workProducts ?? [];
  const lines = [`Wrote ${shown(file)}: the ${quarter.label} report of ${group.name} (${reason}).`];
  if (previous) {
    lines.push(`Carried forward from ${previous.quarter.id}:`);
    lines.push(carried.length > 0 ? `  ${carried.length} open work product(s): ${carried.map((wp) => `${wp.title} (${wp.status})`).join("; ")}` : "  no open work products");
    if (data.health?.subgroups) lines.push(`  sub-groups: ${data.health.subgroups.map((s) => s.name).join(", ")}`);
    if (data.activity?.channels) lines.push(`  channels: ${data.activity.channels.map((c) => c.name).join(", ")}`);
  }
  if (responses.length > 0) lines.push(`Open questions from reviews, to answer under responses: ${responses.map((r) => r.to).join(", ")}`);
  lines.push(
    "",
    "Next:",
    `  1. Open ${shown(file)} and replace every line that starts with "Replace this line" with your text.`,
    "  2. Update each work product's status; add this quarter's sessions under agenda:.",
    `  3. Run npx sigreport check${contentDir === "content" ? "" : ` --content ${contentDir}`} and fix what it reports.`,
    "  4. Commit the file and open a pull request (docs/writing-a-report.md shows how).",
  );
  io.out(lines.join("\n"));
  return 0;
}

function isInside(file: string, folder: string): boolean {
  const posix = (p: string) => p.split(path.sep).join("/");
  return posix(file).startsWith(`${posix(folder)}/`);
}
