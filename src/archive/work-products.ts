// Work products followed across quarters. A work product keeps its title from quarter to quarter
// (spec), so histories are keyed by the title as the vanished-work-product check normalises it:
// the site and the check then agree on what "the same work product" is.
import { workProductKey } from "../load/checks/work-product-vanished.ts";
import type { Group, Report } from "../model/archive.ts";
import { FINISHED_STATUSES, type WorkProduct, type WorkProductStatus } from "../model/schema.ts";
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

export function workProductHistories(group: Group): WorkProductHistory[] {
  const byKey = new Map<string, WorkProductEntry[]>();
  for (const report of group.reports) {
    for (const item of report.data.workProducts ?? []) {
      const key = workProductKey(item.title);
      const list = byKey.get(key);
      // A report that lists one title twice keeps the last entry.
      if (list && list.at(-1)!.report === report) list[list.length - 1] = { report, item };
      else if (list) list.push({ report, item });
      else byKey.set(key, [{ report, item }]);
    }
  }
  const latest = group.reports.at(-1);
  const used = new Set<string>();
  return [...byKey.entries()].map(([key, entries]) => {
    const last = entries.at(-1)!;
    let slug = `wp-${slugOf(key)}`;
    for (let n = 2; used.has(slug); n++) slug = `wp-${slugOf(key)}-${n}`;
    used.add(slug);
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
