// The oversight page (/status/) and the "Needs attention" list it shares with the home page. The
// grid, the risk rules and the cell wording live in src/archive (status-grid.ts, risk.ts); this
// module only turns them into strings and hrefs, so the template stays layout and a cell's visible
// abbreviation, its accessible text (cellLabel) and its link cannot drift apart.
import { type GroupRisk, riskList } from "../../archive/risk.ts";
import type { ScheduleStatus } from "../../archive/schedule.ts";
import { statusGrid } from "../../archive/status-grid.ts";
import { type LaidColumn, layOutStatusGrid, rangeLabel } from "../../archive/status-layout.ts";
import type { Badge } from "../format.ts";
import { capitalise, dateLabel } from "../format.ts";
import { href, urls } from "../urls.ts";
import { calendarUrls } from "./calendar.ts";
import type { ViewContext } from "./context.ts";
import type { LinkView, PageView } from "./types.ts";

/** One cell: the short word shown, the full sentence for screen readers and tooltips, the report. */
export interface StatusCellView {
  status: ScheduleStatus;
  /** Visible text: short, so seven quarters fit a phone's width after the group names. */
  short: string;
  /** cellLabel: "Q2 2019: late (submitted 2019-08-20, due 2019-07-30)". */
  label: string;
  /** The report, for filed and late cells. */
  href?: string | undefined;
  /** Columns covered: more than one for a run of quarters in which the group owes no report. */
  span: number;
}

export interface StatusRowView {
  group: LinkView;
  /** statusSummary: "4 filed, 1 late, 2 not yet due". */
  summary: string;
  cells: StatusCellView[];
}

export interface StatusColumnView {
  /** "Q2" and "2019", shown on two lines ("Q2 2021–" and "Q4 2022" for a run); `label` is the whole "Q2 2019". */
  quarter: string;
  year: string;
  label: string;
  /** No group owes a report in these quarters: shown narrow. */
  quiet: boolean;
}

export interface LegendItem {
  status: ScheduleStatus;
  short: string;
  meaning: string;
}

export interface RiskReasonView {
  title: string;
  message: string;
  severity: Badge;
}

export interface RiskGroupView {
  group: LinkView;
  severity: Badge;
  reasons: RiskReasonView[];
}

export interface StatusPageView extends PageView {
  intro: string;
  asOfLabel: string;
  attention: RiskGroupView[];
  caption: string;
  columns: StatusColumnView[];
  rows: StatusRowView[];
  legend: LegendItem[];
  /** /calendar.ics: the deadlines to subscribe to. */
  calendar: string;
}

/** The visible words of a cell and what they mean, in the legend's order. */
export const STATUS_SHORT: Record<ScheduleStatus, { short: string; meaning: string }> = {
  filed: { short: "Filed", meaning: "filed on time (links to the report)" },
  late: { short: "Late", meaning: "filed after its due date (links to the report)" },
  missing: { short: "Missing", meaning: "past its due date and not filed" },
  "not-yet-due": { short: "Due", meaning: "not yet due" },
  "not-expected": { short: "–", meaning: "no report expected (before the group began, after it retired, or between reports of a group that reports less often)" },
};

const SEVERITY: Record<GroupRisk["severity"], Badge> = {
  high: { label: "High", tone: "danger" },
  medium: { label: "Medium", tone: "warning" },
  low: { label: "Low", tone: "neutral" },
};

/** How many groups the home page shows; /status/ shows them all. */
export const HOME_ATTENTION_LIMIT = 3;

export function attentionList(ctx: ViewContext, limit?: number): RiskGroupView[] {
  return riskList(ctx.archive, ctx.today, limit === undefined ? {} : { limit }).map((risk) => ({
    group: { label: risk.group.name, href: href(urls.group(risk.group.slug)) },
    severity: SEVERITY[risk.severity],
    reasons: risk.reasons.map((r) => ({ title: r.title, message: r.message, severity: SEVERITY[r.severity] })),
  }));
}

export function statusPage(ctx: ViewContext): StatusPageView {
  const grid = statusGrid(ctx.archive, ctx.today);
  const layout = layOutStatusGrid(grid);
  const asOf = dateLabel(ctx.today, ctx.locale);
  const first = grid.columns[0];
  const last = grid.columns.at(-1);
  return {
    url: urls.status,
    permalink: "/status/index.html",
    title: "Status",
    description: "Which groups filed their quarterly reports, which are late or missing, and which need attention.",
    nav: "status",
    crumbs: [{ label: "Home", href: urls.home }, { label: "Status" }],
    intro: "Every group's quarterly reports at a glance, and the groups that need attention first.",
    asOfLabel: asOf,
    attention: attentionList(ctx),
    caption:
      first && last ? `Reports by group, newest first: ${last.label} back to ${first.label}, as of ${asOf}` : `Reports by group, as of ${asOf}`,
    columns: layout.columns.map(columnView),
    rows: layout.rows.map(({ row, cells }) => ({
      group: { label: row.group.name, href: href(urls.group(row.group.slug)) },
      summary: capitalise(row.summary),
      cells: cells.map((cell) => ({
        status: cell.status,
        short: STATUS_SHORT[cell.status].short,
        label: cell.label,
        href: cell.cell?.report ? href(urls.report(cell.cell.report)) : undefined,
        span: cell.span,
      })),
    })),
    legend: (Object.keys(STATUS_SHORT) as ScheduleStatus[]).map((status) => ({ status, ...STATUS_SHORT[status] })),
    calendar: href(calendarUrls.site),
  };
}

/** "Q2" over "2019"; a run of quiet quarters reads "Q2–Q4" over "2021", or "Q2 2021–" over "Q4 2022". */
function columnView(column: LaidColumn): StatusColumnView {
  const first = column.quarters[0]!;
  const last = column.quarters.at(-1)!;
  const label = rangeLabel(column.quarters);
  if (first.equals(last)) return { quarter: `Q${first.number}`, year: String(first.year), label, quiet: column.quiet };
  if (first.year === last.year) return { quarter: `Q${first.number}–Q${last.number}`, year: String(first.year), label, quiet: column.quiet };
  return { quarter: `${first.label}–`, year: last.label, label, quiet: column.quiet };
}
