// Pieces several pages share: a person as shown, a session, a report card.
import { sessionAnchor, type SessionRef } from "../../archive/sessions.ts";
import { slugOf } from "../../archive/slug.ts";
import { renderInline } from "../../load/markdown.ts";
import type { Report } from "../../model/archive.ts";
import type { Link, Person } from "../../model/schema.ts";
import { dateLabel, plural, ratingBadge, shortDateLabel } from "../format.ts";
import { trusted } from "../html.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import type { Badge, LinkView, ListedSessionView, PersonView, ReportCardView, SessionView } from "./types.ts";

export function linkView(link: Link): LinkView {
  return { label: link.label, href: link.url };
}

/** A presenter: linked to their page and their organisation's. */
export function presenterView(person: Person): PersonView {
  return {
    name: person.name,
    href: href(urls.person(slugOf(person.name))),
    url: person.url,
    role: person.role,
    org: person.org === undefined ? undefined : { label: person.org, href: href(urls.organization(slugOf(person.org))) },
  };
}

/** An author or chair: they have no page of their own unless they presented. */
export function memberView(person: Person, ctx: ViewContext): PersonView {
  const slug = slugOf(person.name);
  const presented = ctx.index.peopleBySlug.has(slug);
  const orgSlug = person.org === undefined ? undefined : slugOf(person.org);
  const orgPage = orgSlug !== undefined && ctx.index.organizationsBySlug.has(orgSlug);
  return {
    name: person.name,
    href: presented ? href(urls.person(slug)) : undefined,
    url: person.url,
    role: person.role,
    org: person.org === undefined ? undefined : { label: person.org, href: orgPage ? href(urls.organization(orgSlug!)) : undefined },
  };
}

/** A session on its report's page. */
export function sessionView(ref: Omit<SessionRef, "order">, ctx: ViewContext): SessionView {
  const { session, index } = ref;
  return {
    id: sessionAnchor(index),
    dateIso: session.date,
    dateLabel: dateLabel(session.date, ctx.locale),
    title: session.title,
    summaryHtml: ref.report.sessionSummariesHtml[index] === undefined ? undefined : trusted(ref.report.sessionSummariesHtml[index]),
    presenters: (session.presenters ?? []).map(presenterView),
    links: (session.links ?? []).map(linkView),
    tags: (session.tags ?? []).map((tag) => ({ label: tag, href: href(urls.tag(tag)) })),
  };
}

/**
 * A session is listed on the page of each of its presenters, their organisations and its tags:
 * dozens of times in a large archive. Its listed view is made once per build, from links made
 * once per report and once per person (80,000 sessions at 10,000 reports share 10,000 reports'
 * links and a few thousand people's).
 */
interface ListingMemo {
  /** By SessionRef.order. */
  sessions: ListedSessionView[];
  reports: WeakMap<Report, { group: LinkView; report: LinkView }>;
  people: Map<string, string>;
}
const listings = new WeakMap<ViewContext, ListingMemo>();

/**
 * A listed session names this many presenters, then says how many more: it is listed on every
 * presenter's page, so naming all of a session's 1,000 presenters on each of their 1,000 pages made
 * a site of a million names from a 13 KB report. Its report page names them all.
 */
export const LISTED_PRESENTERS = 8;

export function listedSessionView(ref: SessionRef, ctx: ViewContext): ListedSessionView {
  let memo = listings.get(ctx);
  if (!memo) listings.set(ctx, (memo = { sessions: [], reports: new WeakMap(), people: new Map() }));
  let view = memo.sessions[ref.order];
  if (!view) {
    const { session, report, index } = ref;
    const links = reportLinks(report, ctx, memo);
    view = {
      dateIso: session.date,
      dateLabel: dateLabel(session.date, ctx.locale),
      title: session.title,
      presenters: (session.presenters ?? []).slice(0, LISTED_PRESENTERS).map((p) => ({ name: p.name, href: personHref(p.name, memo), org: p.org })),
      morePresenters: Math.max(0, (session.presenters ?? []).length - LISTED_PRESENTERS),
      group: links.group,
      report: links.report,
      href: href(urls.report(report), sessionAnchor(index)),
    };
    memo.sessions[ref.order] = view;
  }
  return view;
}

function reportLinks(report: Report, ctx: ViewContext, memo: ListingMemo) {
  let links = memo.reports.get(report);
  if (!links) {
    const group = ctx.group(report.group);
    links = { group: { label: group.name, href: href(urls.group(group.slug)) }, report: { label: report.quarter.label, href: href(urls.report(report)) } };
    memo.reports.set(report, links);
  }
  return links;
}

function personHref(name: string, memo: ListingMemo): string {
  let link = memo.people.get(name);
  if (link === undefined) memo.people.set(name, (link = href(urls.person(slugOf(name)))));
  return link;
}

export function reportCard(report: Report, ctx: ViewContext, badges: Badge[] = []): ReportCardView {
  const group = ctx.group(report.group);
  const d = report.data;
  const facts: string[] = [];
  if (d.agenda?.length) facts.push(plural(d.agenda.length, "session"));
  if (d.health?.attendance?.typical !== undefined) facts.push(`${d.health.attendance.typical} typical attendance`);
  if (d.workProducts?.length) facts.push(plural(d.workProducts.length, "work product"));
  return {
    title: report.title,
    href: href(urls.report(report)),
    group: { label: group.name, href: href(urls.group(group.slug)) },
    quarterLabel: report.quarter.label,
    submittedLabel: d.submitted === undefined ? undefined : shortDateLabel(d.submitted, ctx.locale),
    submittedIso: d.submitted,
    summaryHtml: report.summary === undefined ? undefined : trusted(summaryHtml(report)),
    badges: [...badges, ...(d.health?.rating ? [ratingBadge(d.health.rating)] : [])],
    facts,
  };
}



// A report's summary is on every list that shows the report (its group's, its quarter's, each
// author's and organisation's pages, the home page) and in two feeds: rendered once per report.
const summaries = new WeakMap<Report, string>();

/** The report's summary as inline HTML (from its own Markdown, so escaped); "" when it has none. */
export function summaryHtml(report: Report): string {
  let html = summaries.get(report);
  if (html === undefined) {
    html = report.summary === undefined ? "" : renderInline(report.summary);
    summaries.set(report, html);
  }
  return html;
}
