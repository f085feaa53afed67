import type { ReportPeriod } from "../../draft/report-period.ts";
import type { Archive, Report } from "../../model/archive.ts";
import type { GroupFrontMatter, ReviewFrontMatter } from "../../model/schema.ts";
import type { Diagnostic } from "../diagnostics.ts";
import type { ContentFile } from "../walk.ts";
import type { FieldPositions, Locator } from "../yaml-positions.ts";

/** A check of one report, run while its YAML positions are still at hand. */
export interface ReportCheckContext {
  report: Omit<Report, "title" | "authors">;
  file: string;
  locator: Locator;
  /** The Markdown body as written, and the file's line it starts on, for checks of the prose. */
  body: string;
  bodyLine: number;
  /** The span the report covers, by its group's cadence: its quarter, or the half-year or year ending with it. */
  period: ReportPeriod;
}
export type ReportCheck = (ctx: ReportCheckContext) => Diagnostic[];

export interface GroupCheckContext {
  data: GroupFrontMatter;
  file: string;
  locator: Locator;
}
export type GroupCheck = (ctx: GroupCheckContext) => Diagnostic[];

/** A check of one review file, with its YAML positions. */
export interface ReviewCheckContext {
  data: ReviewFrontMatter;
  file: string;
  locator: Locator;
}
export type ReviewCheck = (ctx: ReviewCheckContext) => Diagnostic[];

/** A check across files, run once everything is loaded. */
export interface ArchiveCheckContext {
  archive: Archive;
  files: readonly ContentFile[];
  groupFolders: readonly string[];
  /** Top-level field positions of each report, kept so cross-file warnings can point at a line. */
  positions: ReadonlyMap<Report, FieldPositions>;
  display(rel: string): string;
}
export type ArchiveCheck = (ctx: ArchiveCheckContext) => Diagnostic[];
