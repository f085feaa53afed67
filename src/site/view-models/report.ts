// The report page: every front-matter value, beside the prose of the section it belongs to
// (spec: "The body"). Parts follow the body's order; a part that has data but no prose section is
// placed where the standard report template puts it, and custom sections stay where they were.
import { type ReportChanges, reportChanges } from "../../archive/changes.ts";
import { dueDate } from "../../archive/schedule.ts";
import { slugOf } from "../../archive/slug.ts";
import { workProductKeysOf } from "../../archive/work-products.ts";
import { UniqueIds, isReportPageId } from "../../model/unique-ids.ts";
import type { Report, Section } from "../../model/archive.ts";
import type { ReportFrontMatter } from "../../model/schema.ts";
import { SECTION_TITLES, type SectionKey } from "../../model/sections.ts";
import { type Badge, dateLabel, dueLabel, levelBadge, percent, ratingBadge, sectorLabel, statusBadge } from "../format.ts";
import { type Html, trusted } from "../html.ts";
import { shareBar } from "../charts/share-bar.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { type ReviewView, reviewView } from "./review.ts";
import { type LazyPages, lazyPages } from "./lazy-pages.ts";
import { linkView, memberView, sessionView, summaryHtml } from "./shared.ts";
import type { Figure, LinkView, PageView, PersonView, SessionView } from "./types.ts";

export interface HealthView {
  figures: Figure[];
  rating?: Badge | undefined;
  subgroups: { name: string; purpose?: string | undefined; meets?: string | undefined }[];
  needs: string[];
}

export interface ActivityView {
  meetings: Figure[];
  meetingsNote?: string | undefined;
  channels: { name: string; level?: Badge | undefined; note?: string | undefined }[];
  highlights: string[];
}

export interface AgendaDay {
  dateIso: string;
  dateLabel: string;
  sessions: SessionView[];
}

export interface WorkProductItemView {
  title: string;
  status: Badge;
  owner?: string | undefined;
  dueLabel?: string | undefined;
  note?: string | undefined;
  links: LinkView[];
  historyHref: string;
}

export interface ShareView {
  label: string;
  percent: string;
  bar: Html;
}

export interface DiversityView {
  sectors: ShareView[];
  sectorsNote?: string | undefined;
  women?: ShareView | undefined;
  genderNote?: string | undefined;
  regions: string[];
  regionsNote?: string | undefined;
}

type PartKey = SectionKey | "introduction" | "custom";

export interface PartView {
  key: PartKey;
  id: string;
  /** Undefined for the introduction. */
  heading?: string | undefined;
  proseHtml?: Html | undefined;
  health?: HealthView | undefined;
  activity?: ActivityView | undefined;
  agenda?: AgendaDay[] | undefined;
  workProducts?: WorkProductItemView[] | undefined;
  diversity?: DiversityView | undefined;
}

export interface ReportPageView extends PageView {
  group: LinkView;
  kind: string;
  quarterLabel: string;
  /** The report's year, for the search filter. */
  year: string;
  quarterHref: string;
  summaryHtml?: Html | undefined;
  submittedLabel?: string | undefined;
  submittedIso?: string | undefined;
  timeliness: Badge;
  dueLabel: string;
  authors: PersonView[];
  figures: Figure[];
  /** What changed since the group's previous report; absent on its first. */
  changes?: ChangesView | undefined;
  parts: PartView[];
  /** "On this page": the parts with a heading. */
  toc: LinkView[];
  previous?: LinkView | undefined;
  next?: LinkView | undefined;
  editHref?: string | undefined;
  sourcePath: string;
  /** The overseers' review of this report, when they filed one. */
  review?: ReviewView | undefined;
}

export interface ChangesView {
  /** "Since Q1 2019". */
  heading: string;
  /** "Q4 2019 has no report." when the previous report is not the quarter before. */
  gapNote?: string | undefined;
  items: string[];
  /** Said when nothing the reports record changed. */
  empty: string;
}

const ORDER: readonly PartKey[] = ["introduction", "health", "activity", "agenda", "workProducts", "diversity", "additional"];
const STRUCTURED = ["health", "activity", "agenda", "workProducts", "diversity"] as const;
type StructuredKey = (typeof STRUCTURED)[number];

export function reportPages(ctx: ViewContext): LazyPages<ReportPageView> {
  const neighbours = ctx.archive.groups.flatMap((group) => group.reports.map((report, i) => [report, group.reports[i - 1], group.reports[i + 1]] as const));
  return lazyPages(neighbours, ([report]) => urls.report(report), ([report, previous, next]) => reportPage(report, ctx, previous, next));
}

export function reportPage(report: Report, ctx: ViewContext, previous: Report | undefined, next: Report | undefined): ReportPageView {
  const group = ctx.group(report.group);
  const d = report.data;
  const url = urls.report(report);
  const due = dueDate(report.quarter, ctx.archive.site, group);
  const late = d.submitted !== undefined && d.submitted > due;
  const { repository, editBranch } = ctx.archive.site;
  const reportParts = parts(report, ctx);
  return {
    url,
    permalink: url + "index.html",
    title: report.title,
    description: report.summary,
    nav: "groups",
    feedHref: ctx.archive.site.url ? urls.groupFeed(group.slug) : undefined,
    crumbs: [
      { label: "Home", href: urls.home },
      { label: "Groups", href: urls.groups },
      { label: group.name, href: href(urls.group(group.slug)) },
      { label: report.quarter.label },
    ],
    group: { label: group.name, href: href(urls.group(group.slug)) },
    kind: group.data.kind,
    quarterLabel: report.quarter.label,
    year: String(report.quarter.year),
    quarterHref: href(urls.quarter(report.quarter)),
    // A summary taken from the body's first paragraph is already on the page as prose.
    summaryHtml: d.summary === undefined ? undefined : trusted(summaryHtml(report)),
    submittedLabel: d.submitted === undefined ? undefined : dateLabel(d.submitted, ctx.locale),
    submittedIso: d.submitted,
    timeliness: late ? { label: "Filed late", tone: "warning" } : { label: d.submitted ? "Filed on time" : "Filed", tone: "success" },
    dueLabel: dateLabel(due, ctx.locale),
    authors: report.authors.map((p) => memberView(p, ctx)),
    figures: keyFigures(d),
    changes: changesView(reportChanges(group, report.quarter)),
    parts: reportParts,
    toc: reportParts.filter((p) => p.heading !== undefined).map((p) => ({ label: p.heading!, href: `#${p.id}` })),
    previous: previous && { label: previous.quarter.label, href: href(urls.report(previous)) },
    next: next && { label: next.quarter.label, href: href(urls.report(next)) },
    editHref: repository ? `${repository.replace(/\/+$/, "")}/edit/${encodeURIComponent(editBranch)}/content/${encodeURI(report.sourcePath)}` : undefined,
    sourcePath: report.sourcePath,
    review: reviewView(report, ctx),
  };
}

/** Also used by the feeds, so an entry says what the page says. */
export function changesView(changes: ReportChanges | undefined): ChangesView | undefined {
  if (!changes?.previous || !changes.since) return undefined;
  const skipped = changes.report.quarter.ordinal - changes.since.ordinal - 1;
  const gap = skipped <= 0 ? [] : changes.since.next().until(changes.report.quarter).slice(0, skipped).map((q) => q.label);
  return {
    heading: `Since ${changes.since.label}`,
    gapNote: gap.length === 0 ? undefined : `${gap.join(", ")} ${gap.length === 1 ? "has" : "have"} no report, so this compares with ${changes.since.label}.`,
    items: changes.changes.map((c) => c.sentence),
    empty: `No change in authors, work products, attendance or subgroups since ${changes.since.label}.`,
  };
}

function keyFigures(d: ReportFrontMatter): Figure[] {
  const figures: Figure[] = [];
  const agenda = d.agenda ?? [];
  if (agenda.length) {
    figures.push({ label: "Sessions", value: String(agenda.length) });
    const presenters = new Set(agenda.flatMap((s) => (s.presenters ?? []).map((p) => slugOf(p.name))));
    figures.push({ label: "Presenters", value: String(presenters.size) });
  }
  const a = d.health?.attendance;
  if (a?.typical !== undefined || a?.last !== undefined) {
    figures.push({
      label: "Attendance",
      value: a.typical !== undefined ? `${a.typical} typical` : `${a.last} last call`,
      detail: a.typical !== undefined && a.last !== undefined ? `${a.last} on the last call` : undefined,
    });
  }
  const m = d.activity?.meetings;
  if (m?.held !== undefined || m?.missed !== undefined) {
    figures.push({
      label: "Meetings",
      value: m.held !== undefined ? `${m.held} held` : `${m.missed} missed`,
      detail: m.held !== undefined && m.missed !== undefined ? `${m.missed} missed` : undefined,
    });
  }
  if (d.health?.rating) figures.push({ label: "Chair's rating", value: ratingBadge(d.health.rating).label });
  if (d.workProducts?.length) figures.push({ label: "Work products", value: String(d.workProducts.length) });
  return figures;
}

function parts(report: Report, ctx: ViewContext): PartView[] {
  const ids = new UniqueIds(isReportPageId);
  for (const section of report.sections) {
    ids.add(section.id);
    ids.add(`${section.id}-title`);
  }
  const out: PartView[] = [];
  const attached = new Set<StructuredKey>();
  for (const section of report.sections) {
    const part = proseSection(section);
    if (isStructured(section.key) && !attached.has(section.key)) {
      attached.add(section.key);
      Object.assign(part, structured(section.key, report, ctx));
    }
    out.push(part);
  }
  for (const key of STRUCTURED) {
    if (attached.has(key) || !hasData(key, report.data)) continue;
    const id = ids.take(slugOf(SECTION_TITLES[key]), "-title");
    const part: PartView = { key, id, heading: SECTION_TITLES[key], ...structured(key, report, ctx) };
    const rank = ORDER.indexOf(key);
    const before = out.findIndex((p) => p.key !== "custom" && ORDER.indexOf(p.key) > rank);
    if (before === -1) out.push(part);
    else out.splice(before, 0, part);
  }
  return out;
}

function proseSection(section: Section): PartView {
  return { key: section.key, id: section.id, heading: section.heading ?? undefined, proseHtml: trusted(section.html) };
}

const isStructured = (key: PartKey): key is StructuredKey => (STRUCTURED as readonly string[]).includes(key);

function hasData(key: StructuredKey, d: ReportFrontMatter): boolean {
  if (key === "agenda" || key === "workProducts") return (d[key]?.length ?? 0) > 0;
  return d[key] !== undefined;
}

function structured(key: StructuredKey, report: Report, ctx: ViewContext): Partial<PartView> {
  const d = report.data;
  switch (key) {
    case "health":
      return d.health ? { health: healthView(d.health) } : {};
    case "activity":
      return d.activity ? { activity: activityView(d.activity) } : {};
    case "agenda":
      return d.agenda?.length ? { agenda: agendaDays(report, ctx) } : {};
    case "workProducts":
      return d.workProducts?.length ? { workProducts: workProductItems(report, ctx) } : {};
    case "diversity":
      return d.diversity ? { diversity: diversityView(d.diversity) } : {};
  }
}

function healthView(h: NonNullable<ReportFrontMatter["health"]>): HealthView {
  const figures: Figure[] = [];
  if (h.quartersActive !== undefined) figures.push({ label: "Quarters active", value: String(h.quartersActive) });
  const a = h.attendance ?? {};
  const names = { typical: "Typical attendance", last: "Last call", peak: "Peak attendance", low: "Lowest attendance" } as const;
  for (const k of ["typical", "last", "peak", "low"] as const) {
    const v = a[k];
    if (v !== undefined) figures.push({ label: names[k], value: String(v), detail: "participants" });
  }
  return {
    figures,
    rating: h.rating ? ratingBadge(h.rating) : undefined,
    subgroups: h.subgroups ?? [],
    needs: h.needs ?? [],
  };
}

function activityView(a: NonNullable<ReportFrontMatter["activity"]>): ActivityView {
  const meetings: Figure[] = [];
  if (a.meetings?.held !== undefined) meetings.push({ label: "Meetings held", value: String(a.meetings.held) });
  if (a.meetings?.missed !== undefined) meetings.push({ label: "Meetings missed", value: String(a.meetings.missed) });
  return {
    meetings,
    meetingsNote: a.meetings?.note,
    channels: (a.channels ?? []).map((c) => ({ name: c.name, level: c.level ? levelBadge(c.level) : undefined, note: c.note })),
    highlights: a.highlights ?? [],
  };
}

function agendaDays(report: Report, ctx: ViewContext): AgendaDay[] {
  const days: AgendaDay[] = [];
  // Sessions keep the report's order; consecutive sessions of one day share a date heading.
  (report.data.agenda ?? []).forEach((session, index) => {
    const view = sessionView({ report, session, index }, ctx);
    const last = days.at(-1);
    if (last && last.dateIso === session.date) last.sessions.push(view);
    else days.push({ dateIso: session.date, dateLabel: view.dateLabel, sessions: [view] });
  });
  return days;
}

function workProductItems(report: Report, ctx: ViewContext): WorkProductItemView[] {
  const histories = ctx.index.workProducts.get(ctx.group(report.group)) ?? [];
  const slugByKey = new Map(histories.map((h) => [h.key, h.slug]));
  const keys = workProductKeysOf(report.data.workProducts ?? []);
  return (report.data.workProducts ?? []).map((wp, i) => {
    const slug = slugByKey.get(keys[i]!);
    return {
      title: wp.title,
      status: statusBadge(wp.status),
      owner: wp.owner,
      dueLabel: wp.due === undefined ? undefined : dueLabel(wp.due, ctx.locale),
      note: wp.note,
      links: (wp.links ?? []).map(linkView),
      historyHref: href(urls.group(report.group), slug),
    };
  });
}

function diversityView(d: NonNullable<ReportFrontMatter["diversity"]>): DiversityView {
  const { note: sectorsNote, ...shares } = d.sectors ?? {};
  const share = (label: string, value: number): ShareView => ({ label, percent: percent(value), bar: shareBar(value) });
  return {
    sectors: Object.entries(shares)
      .filter((e): e is [string, number] => typeof e[1] === "number")
      .map(([k, v]) => share(sectorLabel(k), v)),
    sectorsNote: typeof sectorsNote === "string" ? sectorsNote : undefined,
    women: d.gender?.womenShare === undefined ? undefined : share("Women", d.gender.womenShare),
    genderNote: d.gender?.note,
    regions: d.regions?.list ?? [],
    regionsNote: d.regions?.note,
  };
}

