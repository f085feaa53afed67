// Work products followed across quarters. A work product keeps its title from quarter to quarter
// (spec), so histories are keyed by the title as the vanished-work-product check normalises it:
// the site and the check then agree on what "the same work product" is.
import { workProductKey } from "../load/checks/work-product-vanished.ts";
import type { Group, Report } from "../model/archive.ts";
import { FINISHED_STATUSES, type WorkProduct, type WorkProductStatus } from "../model/schema.ts";
import { UniqueIds } from "../model/unique-ids.ts";
import { slugOf } from "./slug.ts";

export interface WorkProductEntry {
  report: Report;
  item: WorkProduct;
}

export interface WorkProductHistory {
  group: Group;
  key: string;
  /** Anchor on the group page, unique within the group. */
  slug: string;
  /** The title as the latest report writes it. */
  title: string;
  /** Oldest first; one entry per report that lists it. */
  entries: WorkProductEntry[];
  /** The latest entry's values. */
  current: WorkProduct;
  status: WorkProductStatus;
  finished: boolean;
  /** Listed in the group's latest report. */
  inLatestReport: boolean;
}

/**
 * The history key of each of a report's work products, in order. Titles that differ only in case
 * are one work product from quarter to quarter, but two in the same report are two work products,
 * each with its own row.
 */
export function workProductKeysOf(items: readonly WorkProduct[]): string[] {
  const titleOf = new Map<string, string>();
  return items.map((item) => {
    const key = workProductKey(item.title);
    const first = titleOf.get(key);
    if (first === undefined) titleOf.set(key, item.title);
    return first === undefined || first === item.title ? key : `${key}\u0000${item.title}`;
  });
}

export function workProductHistories(group: Group): WorkProductHistory[] {
  const byKey = new Map<string, WorkProductEntry[]>();
  for (const report of group.reports) {
    const items = report.data.workProducts ?? [];
    const keys = workProductKeysOf(items);
    for (const [i, item] of items.entries()) {
      const key = keys[i]!;
      const list = byKey.get(key);
      // A report that lists one title twice keeps the last entry.
      if (list && list.at(-1)!.report === report) list[list.length - 1] = { report, item };
      else if (list) list.push({ report, item });
      else byKey.set(key, [{ report, item }]);
    }
  }
  const latest = group.reports.at(-1);
  const ids = new UniqueIds();
  return [...byKey.entries()].map(([key, entries]) => {
    const last = entries.at(-1)!;
    // A case-twin's key carries its exact title after a NUL; its anchor is the title's, numbered.
    const slug = ids.take(`wp-${slugOf(key.replace(/\u0000[^]*$/, ""))}`);
    return {
      group,
      key,
      slug,
      title: last.item.title,
      entries,
      current: last.item,
      status: last.item.status,
      finished: FINISHED_STATUSES.includes(last.item.status),
      inLatestReport: last.report === latest,
    };
  });
}
