// What changed since a group's previous report, so an overseer reads the difference instead of
// re-reading every report. Each report is compared with the group's previous *filed* report (which
// may be several quarters back when some are missing; `since` says which).
//
// Chairs are recorded only on the group, as they are now, not per quarter; so "who leads" is read
// from each report's `authors` (which default to the group's chairs). An author change is what the
// reports show, not a record of chairs elected or stepping down, and the sentences say "author".
import { workProductKey } from "../load/checks/work-product-vanished.ts";
import type { Group, Report } from "../model/archive.ts";
import type { Quarter } from "../model/quarter.ts";
import { FINISHED_STATUSES, type WorkProductStatus } from "../model/schema.ts";

export type Change =
  | { kind: "author-added"; name: string }
  | { kind: "author-gone"; name: string }
  | { kind: "work-product-new"; title: string; status: WorkProductStatus }
  | { kind: "work-product-status"; title: string; from: WorkProductStatus; to: WorkProductStatus }
  | { kind: "work-product-finished"; title: string; from: WorkProductStatus; to: "done" | "dropped" }
  | { kind: "work-product-vanished"; title: string; lastStatus: WorkProductStatus }
  | { kind: "attendance-up"; from: number; to: number }
  | { kind: "attendance-down"; from: number; to: number }
  | { kind: "subgroup-formed"; name: string }
  | { kind: "subgroup-gone"; name: string };

export type ChangeKind = Change["kind"];

/** A change with the sentence a reader sees. */
export type WordedChange = Change & { sentence: string };

export interface ReportChanges {
  report: Report;
  /** The group's previous report, if any; the first report has nothing to compare with. */
  previous: Report | undefined;
  /** `previous`'s quarter: "since Q3 2019". */
  since: Quarter | undefined;
  /** Quarters between the two reports that have none (0 when they are consecutive). */
  quartersSkipped: number;
  changes: WordedChange[];
}

/** Names and subgroup names compare without case or extra spaces. */
const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");

/** Every report of the group with its changes, oldest first. */
export function groupChanges(group: Group): ReportChanges[] {
  return group.reports.map((report, i) => compareReports(report, i > 0 ? group.reports[i - 1] : undefined));
}

/** The changes of one report of the group (by quarter); undefined when the group has no such report. */
export function reportChanges(group: Group, quarter: Quarter): ReportChanges | undefined {
  const i = group.reports.findIndex((r) => r.quarter.equals(quarter));
  if (i === -1) return undefined;
  return compareReports(group.reports[i]!, i > 0 ? group.reports[i - 1] : undefined);
}

// A report's changes are shown on its page and in two feeds: worked out once per pair of reports
// (both immutable), which a later load with the same two objects may reuse.
const compared = new WeakMap<Report, ReportChanges>();

export function compareReports(report: Report, previous: Report | undefined): ReportChanges {
  const known = compared.get(report);
  if (known && known.previous === previous) return known;
  const result = compareAnew(report, previous);
  compared.set(report, result);
  return result;
}

function compareAnew(report: Report, previous: Report | undefined): ReportChanges {
  if (!previous) return { report, previous: undefined, since: undefined, quartersSkipped: 0, changes: [] };
  const changes: Change[] = [
    ...authorChanges(previous, report),
    ...workProductChanges(previous, report),
    ...attendanceChanges(previous, report),
    ...subgroupChanges(previous, report),
  ];
  return {
    report,
    previous,
    since: previous.quarter,
    quartersSkipped: report.quarter.ordinal - previous.quarter.ordinal - 1,
    changes: changes.map((change) => ({ ...change, sentence: describeChange(change, previous.quarter) })),
  };
}

function authorChanges(previous: Report, report: Report): Change[] {
  const before = new Map(previous.authors.map((p) => [nameKey(p.name), p.name]));
  const now = new Map(report.authors.map((p) => [nameKey(p.name), p.name]));
  return [
    ...[...now].filter(([key]) => !before.has(key)).map(([, name]): Change => ({ kind: "author-added", name })),
    ...[...before].filter(([key]) => !now.has(key)).map(([, name]): Change => ({ kind: "author-gone", name })),
  ];
}

function workProductChanges(previous: Report, report: Report): Change[] {
  const before = new Map((previous.data.workProducts ?? []).map((wp) => [workProductKey(wp.title), wp]));
  const now = new Map((report.data.workProducts ?? []).map((wp) => [workProductKey(wp.title), wp]));
  const out: Change[] = [];
  for (const [key, wp] of now) {
    const old = before.get(key);
    if (!old) out.push({ kind: "work-product-new", title: wp.title, status: wp.status });
    else if (old.status !== wp.status) {
      const finished = !FINISHED_STATUSES.includes(old.status) && (wp.status === "done" || wp.status === "dropped");
      out.push(
        finished
          ? { kind: "work-product-finished", title: wp.title, from: old.status, to: wp.status as "done" | "dropped" }
          : { kind: "work-product-status", title: wp.title, from: old.status, to: wp.status },
      );
    }
  }
  // A finished work product is expected to leave the list; any other is silently dropped.
  for (const [key, wp] of before) {
    if (!now.has(key) && !FINISHED_STATUSES.includes(wp.status)) out.push({ kind: "work-product-vanished", title: wp.title, lastStatus: wp.status });
  }
  return out;
}

function attendanceChanges(previous: Report, report: Report): Change[] {
  const from = previous.data.health?.attendance?.typical;
  const to = report.data.health?.attendance?.typical;
  if (from === undefined || to === undefined || from === to) return [];
  return [{ kind: to > from ? "attendance-up" : "attendance-down", from, to }];
}

function subgroupChanges(previous: Report, report: Report): Change[] {
  const before = new Map((previous.data.health?.subgroups ?? []).map((s) => [nameKey(s.name), s.name]));
  const now = new Map((report.data.health?.subgroups ?? []).map((s) => [nameKey(s.name), s.name]));
  return [
    ...[...now].filter(([key]) => !before.has(key)).map(([, name]): Change => ({ kind: "subgroup-formed", name })),
    ...[...before].filter(([key]) => !now.has(key)).map(([, name]): Change => ({ kind: "subgroup-gone", name })),
  ];
}

/** The sentence for one change; `since` is the quarter of the report compared with. */
export function describeChange(change: Change, since: Quarter): string {
  const q = since.label;
  switch (change.kind) {
    case "author-added":
      return `${change.name} is among the authors, and was not in ${q}.`;
    case "author-gone":
      return `${change.name} is no longer among the authors (was in ${q}).`;
    case "work-product-new":
      return `New work product: “${change.title}” (${change.status}).`;
    case "work-product-status":
      return `“${change.title}” went from ${change.from} to ${change.to}.`;
    case "work-product-finished":
      return `“${change.title}” is ${change.to} (was ${change.from}).`;
    case "work-product-vanished":
      return `“${change.title}” (${change.lastStatus} in ${q}) is no longer mentioned, without being done or dropped.`;
    case "attendance-up":
      return `Typical attendance rose from ${change.from} to ${change.to}.`;
    case "attendance-down":
      return `Typical attendance fell from ${change.from} to ${change.to}.`;
    case "subgroup-formed":
      return `New subgroup: ${change.name}.`;
    case "subgroup-gone":
      return `The ${change.name} subgroup is gone.`;
  }
}
