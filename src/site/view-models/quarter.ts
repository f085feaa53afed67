// The archive by quarter: "which SIGs did not report in Q3?" and "what do the groups need?".
import { quarterSummaries } from "../../archive/quarters.ts";
import { plural, scheduleBadge, shortDateLabel } from "../format.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { digestUrls } from "./digest.ts";
import { reportCard } from "./shared.ts";
import type { Badge, LinkView, PageView, ReportCardView } from "./types.ts";

export interface QuarterPageView extends PageView {
  label: string;
  reports: ReportCardView[];
  withoutReport: { group: LinkView; status: Badge; dueLabel: string }[];
  needs: { need: string; group: LinkView; report: LinkView }[];
  previous?: LinkView | undefined;
  next?: LinkView | undefined;
  /** The quarter's edition to send: digest.md and digest.txt. */
  digest: { markdown: string; text: string };
}

export interface QuarterRowView {
  label: string;
  href: string;
  filed: string;
  without: string;
  missing: number;
}

export interface QuartersIndexView extends PageView {
  quarters: QuarterRowView[];
}

export function quarterViews(ctx: ViewContext): { index: QuartersIndexView; pages: QuarterPageView[] } {
  const summaries = quarterSummaries(ctx.archive, ctx.today);
  const pages = summaries.map((s, i): QuarterPageView => {
    const url = urls.quarter(s.quarter);
    const newer = summaries[i - 1];
    const older = summaries[i + 1];
    return {
      url,
      permalink: url + "index.html",
      title: `Reports for ${s.quarter.label}`,
      nav: "quarters",
      crumbs: [{ label: "Home", href: urls.home }, { label: "Quarters", href: urls.quarters }, { label: s.quarter.label }],
      label: s.quarter.label,
      reports: s.statuses.filter((st) => st.cell.report).map((st) => reportCard(st.cell.report!, ctx, [scheduleBadge(st.cell.status)])),
      withoutReport: s.statuses
        .filter((st) => !st.cell.report)
        .map((st) => ({
          group: { label: st.group.name, href: href(urls.group(st.group.slug)) },
          status: scheduleBadge(st.cell.status),
          dueLabel: shortDateLabel(st.cell.due, ctx.locale),
        })),
      needs: s.needs.map((n) => ({
        need: n.need,
        group: { label: n.group.name, href: href(urls.group(n.group.slug)) },
        report: { label: n.report.title, href: href(urls.report(n.report)) },
      })),
      previous: older && { label: older.quarter.label, href: href(urls.quarter(older.quarter)) },
      next: newer && { label: newer.quarter.label, href: href(urls.quarter(newer.quarter)) },
      digest: { markdown: href(digestUrls.markdown(s.quarter)), text: href(digestUrls.text(s.quarter)) },
    };
  });
  return {
    index: {
      url: urls.quarters,
      permalink: "/quarters/index.html",
      title: "Quarters",
      description: "Every quarter: who reported, who did not, and what the groups asked for.",
      nav: "quarters",
      crumbs: [{ label: "Home", href: urls.home }, { label: "Quarters" }],
      quarters: summaries.map((s) => {
        const without = s.statuses.filter((st) => !st.cell.report);
        return {
          label: s.quarter.label,
          href: href(urls.quarter(s.quarter)),
          filed: plural(s.reports.length, "report"),
          without: without.length === 0 ? "Every group reported" : `${plural(without.length, "group")} without a report`,
          missing: without.filter((st) => st.cell.status === "missing").length,
        };
      }),
    },
    pages,
  };
}
