// The groups list and each group's page: who they are, every quarter (filed, late, missing, not
// yet due, from schedule.ts), attendance over time and work products followed across quarters.
import { groupSchedule } from "../../archive/schedule.ts";
import { attendanceSeries, attendanceTrend } from "../../archive/trends.ts";
import type { Group } from "../../model/archive.ts";
import { lineChart } from "../charts/line-chart.ts";
import { sparkline } from "../charts/sparkline.ts";
import { type Badge, dateLabel, plural, scheduleBadge, shortDateLabel, statusBadge, trendLabel } from "../format.ts";
import { type Html, trusted } from "../html.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { type OpenQuestionView, openQuestionViews } from "./review.ts";
import { linkView, memberView, reportCard } from "./shared.ts";
import type { LinkView, PageView, PersonView, ReportCardView } from "./types.ts";

export interface GroupSummaryView {
  name: string;
  href: string;
  kind: string;
  meets?: string | undefined;
  chairs: string[];
  facts: string[];
  lastReport?: { label: string; href: string; quarterLabel: string } | undefined;
  sparkline: Html;
  trend: string;
  missing: number;
}

export interface ScheduleRowView {
  quarterLabel: string;
  quarterHref: string;
  status: Badge;
  dueLabel: string;
  report?: { title: string; href: string; submittedLabel?: string | undefined } | undefined;
}

export interface WorkProductRowView {
  id: string;
  title: string;
  current: Badge;
  owner?: string | undefined;
  note?: string | undefined;
  /** One cell per column of `quarters`: the status that report gave, or undefined if not listed. */
  cells: (Badge | undefined)[];
  notInLatest: boolean;
}

export interface GroupPageView extends PageView {
  name: string;
  kind: string;
  descriptionHtml: Html;
  chairs: PersonView[];
  links: LinkView[];
  meets?: string | undefined;
  established?: string | undefined;
  retired?: string | undefined;
  facts: string[];
  latest?: ReportCardView | undefined;
  schedule: ScheduleRowView[];
  attendanceChart: Html;
  /** Members over the reports, beside attendance (its own scale: a list is larger than a call); empty without figures. */
  membersChart: Html;
  trend: string;
  workProductQuarters: LinkView[];
  workProducts: WorkProductRowView[];
  feedHref?: string | undefined;
  /** Review questions no later report has answered (shown only when there are some). */
  openQuestions: OpenQuestionView[];
}

export interface GroupsIndexView extends PageView {
  groups: GroupSummaryView[];
}

export function groupSummary(group: Group, ctx: ViewContext): GroupSummaryView {
  const series = attendanceSeries(group);
  const trend = attendanceTrend(series);
  const typical = series.map((p) => p.typical);
  const last = group.reports.at(-1);
  const sessions = group.reports.reduce((n, r) => n + (r.data.agenda?.length ?? 0), 0);
  return {
    name: group.name,
    href: href(urls.group(group.slug)),
    kind: group.data.kind,
    meets: group.data.meets,
    chairs: (group.data.chairs ?? []).map((c) => c.name),
    facts: [plural(group.reports.length, "report"), plural(sessions, "session")],
    lastReport: last && { label: last.title, href: href(urls.report(last)), quarterLabel: last.quarter.label },
    sparkline: sparkline({
      values: typical,
      title: `${group.name}: typical attendance per quarter, ${series.map((p) => `${p.quarter.label} ${p.typical ?? "no figure"}`).join("; ")}`,
    }),
    trend: trendLabel(trend.direction, trend.from, trend.to),
    missing: groupSchedule(group, ctx.archive.site, ctx.today).filter((c) => c.status === "missing").length,
  };
}

export function groupsIndex(ctx: ViewContext, summaries: Map<Group, GroupSummaryView>): GroupsIndexView {
  return {
    url: urls.groups,
    permalink: "/groups/index.html",
    title: "Groups",
    description: `Every group that reports to ${ctx.archive.site.title}.`,
    nav: "groups",
    crumbs: [{ label: "Home", href: urls.home }, { label: "Groups" }],
    groups: ctx.archive.groups.map((g) => summaries.get(g)!),
  };
}

export function groupPage(group: Group, ctx: ViewContext): GroupPageView {
  const url = urls.group(group.slug);
  const series = attendanceSeries(group);
  const trend = attendanceTrend(series);
  const histories = ctx.index.workProducts.get(group) ?? [];
  // Columns: the reports that list any work product, oldest first.
  const columns = group.reports.filter((r) => (r.data.workProducts?.length ?? 0) > 0);
  const schedule = [...groupSchedule(group, ctx.archive.site, ctx.today)].reverse();
  const sessions = group.reports.reduce((n, r) => n + (r.data.agenda?.length ?? 0), 0);
  const last = group.reports.at(-1);
  return {
    url,
    permalink: url + "index.html",
    title: group.name,
    description: group.description.markdown.split("\n\n")[0]?.replace(/\s+/g, " ") || undefined,
    nav: "groups",
    crumbs: [{ label: "Home", href: urls.home }, { label: "Groups", href: urls.groups }, { label: group.name }],
    name: group.name,
    kind: group.data.kind,
    descriptionHtml: trusted(group.description.html),
    chairs: (group.data.chairs ?? []).map((c) => memberView(c, ctx)),
    links: (group.data.links ?? []).map(linkView),
    meets: group.data.meets,
    established: group.data.established && dateLabel(group.data.established, ctx.locale),
    retired: group.data.retired && dateLabel(group.data.retired, ctx.locale),
    facts: [plural(group.reports.length, "report"), plural(sessions, "session"), plural(histories.length, "work product")],
    latest: last && reportCard(last, ctx),
    schedule: schedule.map((cell) => ({
      quarterLabel: cell.quarter.label,
      quarterHref: href(urls.quarter(cell.quarter)),
      status: scheduleBadge(cell.status),
      dueLabel: shortDateLabel(cell.due, ctx.locale),
      report: cell.report && {
        title: cell.report.title,
        href: href(urls.report(cell.report)),
        submittedLabel: cell.report.data.submitted && shortDateLabel(cell.report.data.submitted, ctx.locale),
      },
    })),
    attendanceChart: lineChart({
      title: `${group.name}: attendance per quarter`,
      labelHeading: "Quarter",
      labels: series.map((p) => p.quarter.label),
      series: [
        { name: "Typical call", style: "primary", values: series.map((p) => p.typical) },
        { name: "Last call", style: "secondary", values: series.map((p) => p.last) },
      ],
    }),
    membersChart: lineChart({
      title: `${group.name}: members per quarter`,
      labelHeading: "Quarter",
      labels: series.map((p) => p.quarter.label),
      series: [{ name: "Members", style: "primary", values: series.map((p) => p.members) }],
    }),
    trend: trendLabel(trend.direction, trend.from, trend.to),
    workProductQuarters: columns.map((r) => ({ label: r.quarter.label, href: href(urls.report(r)) })),
    workProducts: histories.map((h) => {
      const byReport = new Map(h.entries.map((e) => [e.report, e.item.status]));
      return {
        id: h.slug,
        title: h.title,
        current: statusBadge(h.status),
        owner: h.current.owner,
        note: h.current.note,
        cells: columns.map((r) => {
          const status = byReport.get(r);
          return status && statusBadge(status);
        }),
        notInLatest: !h.inLatestReport && !h.finished,
      };
    }),
    feedHref: ctx.archive.site.url ? urls.groupFeed(group.slug) : undefined,
    openQuestions: openQuestionViews(group.slug, ctx),
  };
}


