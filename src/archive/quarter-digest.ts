// A quarter's edition to send (spec: "The reporting cycle"): the editors' introduction, then per
// group kind (SIGs, WGs, …) each report's summary, highlights and asks, then the reports still
// expected. Built from the quarter's summary (quarters.ts), so the digest and the quarter page
// always agree on who reported; src/site/digest/ writes it as Markdown and as plain text.
import type { Archive, Group, QuarterIntro, Report } from "../model/archive.ts";
import type { Quarter } from "../model/quarter.ts";
import type { QuarterGroupStatus, QuarterSummary } from "./quarters.ts";

export interface DigestEntry {
  group: Group;
  report: Report;
  /** Markdown, as the report gives it. */
  summary: string | undefined;
  highlights: readonly string[];
  asks: readonly string[];
}

export interface DigestKind {
  /** The groups' `kind`, as written ("SIG"). */
  kind: string;
  entries: DigestEntry[];
}

export interface QuarterDigest {
  summary: QuarterSummary;
  /** The editors' introduction (content/quarters/<YYYY>-Q<n>.md): maintainers' own text. */
  intro?: QuarterIntro | undefined;
  /** Kinds with most groups first, then by name; entries by group name. */
  kinds: DigestKind[];
  /** Groups that owe the quarter's report and have not filed it: missing first, then not yet due. */
  expected: QuarterGroupStatus[];
}

export function quarterDigest(summary: QuarterSummary, intro?: QuarterIntro): QuarterDigest {
  const byKind = new Map<string, DigestEntry[]>();
  for (const { group, cell } of summary.statuses) {
    const report = cell.report;
    if (!report) continue;
    const entries = byKind.get(group.data.kind) ?? [];
    entries.push({
      group,
      report,
      summary: report.summary,
      highlights: report.data.activity?.highlights ?? [],
      asks: report.data.health?.needs ?? [],
    });
    byKind.set(group.data.kind, entries);
  }
  const kinds = [...byKind].map(([kind, entries]) => ({ kind, entries }));
  kinds.sort((a, b) => b.entries.length - a.entries.length || a.kind.localeCompare(b.kind));
  const owed = summary.statuses.filter((s) => !s.cell.report && (s.cell.status === "missing" || s.cell.status === "not-yet-due"));
  const expected = [...owed.filter((s) => s.cell.status === "missing"), ...owed.filter((s) => s.cell.status === "not-yet-due")];
  return { summary, intro, kinds, expected };
}

/** "SIGs", "WGs": a kind as a heading. */
export function kindHeading(kind: string): string {
  return /s$/i.test(kind) ? kind : `${kind}s`;
}

export function introFor(archive: Pick<Archive, "quarterIntros">, quarter: Quarter): QuarterIntro | undefined {
  return archive.quarterIntros.find((i) => i.quarter.equals(quarter));
}
