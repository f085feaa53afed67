// The home page: the few groups needing attention first (risk at the top, linking on to /status/),
// then what is new, every group at a glance, and how big the archive is.
import type { Group } from "../../model/archive.ts";
import { noun } from "../format.ts";
import { urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import type { GroupSummaryView } from "./group.ts";
import { reportCard } from "./shared.ts";
import { HOME_ATTENTION_LIMIT, type RiskGroupView, attentionList } from "./status.ts";
import type { Figure, PageView, ReportCardView } from "./types.ts";

export interface HomeView extends PageView {
  siteTitle: string;
  intro?: string | undefined;
  counts: Figure[];
  /** The first few groups of the risk list; empty when none needs attention. */
  attention: RiskGroupView[];
  /** "All 4 groups needing attention" when the list is cut short, else "The status of every group". */
  status: { label: string; href: string };
  latest: ReportCardView[];
  groups: GroupSummaryView[];
}

const LATEST = 6;

export function homePage(ctx: ViewContext, summaries: Map<Group, GroupSummaryView>): HomeView {
  const { site } = ctx.archive;
  const c = ctx.index.counts;
  const attention = attentionList(ctx);
  // Newest quarter first; within a quarter, the most recently submitted first.
  const latest = [...ctx.archive.reports]
    .sort((a, b) => b.quarter.compare(a.quarter) || (b.data.submitted ?? "").localeCompare(a.data.submitted ?? "") || a.group.localeCompare(b.group))
    .slice(0, LATEST);
  return {
    url: urls.home,
    permalink: "/index.html",
    title: site.title,
    description: site.description,
    nav: "home",
    crumbs: [],
    feedHref: site.url ? urls.feed : undefined,
    siteTitle: site.title,
    intro: site.description,
    counts: [
      { label: noun(c.groups, "group"), value: c.groups.toLocaleString("en") },
      { label: noun(c.reports, "report"), value: c.reports.toLocaleString("en") },
      { label: noun(c.sessions, "session"), value: c.sessions.toLocaleString("en") },
      { label: noun(c.presenters, "presenter"), value: c.presenters.toLocaleString("en") },
      { label: noun(c.organizations, "organisation"), value: c.organizations.toLocaleString("en") },
    ],
    attention: attention.slice(0, HOME_ATTENTION_LIMIT),
    status: {
      label: attention.length > HOME_ATTENTION_LIMIT ? `All ${attention.length} groups needing attention, and every report's status` : "Every group's report status",
      href: urls.status,
    },
    latest: latest.map((r) => reportCard(r, ctx)),
    groups: ctx.archive.groups.map((g) => summaries.get(g)!),
  };
}
