// Element ids a page makes from names (headings, work-product titles). Two headings or titles that
// slug alike must still get two ids, and a heading must not take an id the page layout uses: a
// duplicate id sends the table of contents, the skip link or aria-labelledby to the wrong place.
// Counting up from `-2` for every repeat was quadratic (40,000 `## x` headings took a minute), so
// the next number to try is remembered per base.

/** Ids the report page's layout writes itself (templates/layouts/base.ts, templates/pages/report.ts). */
const REPORT_PAGE_IDS = new Set(["main", "search-q", "since-previous", "toc-title"]);
/** The agenda's session anchors (archive/sessions.ts sessionAnchor). */
const SESSION_ANCHOR = /^session-\d+(?:-title)?$/;

/** Whether the report page's layout or its agenda may use `id` whatever the headings say. */
export const isReportPageId = (id: string) => REPORT_PAGE_IDS.has(id) || SESSION_ANCHOR.test(id);

export class UniqueIds {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  constructor(private readonly reserved: (id: string) => boolean = () => false) {}

  /** Marks an id as taken (one made elsewhere on the page). */
  add(id: string): void {
    this.used.add(id);
  }

  /**
   * `base`, or `base-2`, `base-3`…, the first that is free, together with `base<suffix>` when the
   * page also writes that id (a section's `-title` heading). Amortised constant time per call.
   */
  take(base: string, suffix?: string): string {
    let n = this.next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (this.blocked(id) || (suffix !== undefined && this.blocked(id + suffix))) id = `${base}-${++n}`;
    this.next.set(base, n + 1);
    this.used.add(id);
    if (suffix !== undefined) this.used.add(id + suffix);
    return id;
  }

  private blocked(id: string): boolean {
    return this.used.has(id) || this.reserved(id);
  }
}
