// /calendar.ics and /groups/<group>/calendar.ics: the reporting deadlines as iCalendar feeds, to
// subscribe to. Written with ical-generator (RFC 5545 text escaping and line folding done by a
// well-kept library, not by us). Each event's UID is the group's slug and the quarter, so a
// subscribed calendar updates an event in place when a deadline moves or a report is filed; the
// timestamp is the build's "today", so a reproducible build (SIGREPORT_TODAY) gives the same file.
import ical, { ICalCalendarMethod } from "ical-generator";
import { type DueEvent, dueEvents, groupDueEvents } from "../../archive/calendar-events.ts";
import { utcMidnight } from "../../model/calendar-date.ts";
import { dateLabel } from "../format.ts";
import { urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { outsideUrl } from "./outside-url.ts";
import type { DataFileView } from "./data-files.ts";
import { type LazyPages, lazyPages } from "./lazy-pages.ts";

export const calendarUrls = {
  site: "/calendar.ics",
  group: (slug: string) => `/groups/${slug}/calendar.ics`,
};

/** /calendar.ics: every group's deadlines. */
export function siteCalendars(ctx: ViewContext): DataFileView[] {
  const { site } = ctx.archive;
  return [{ permalink: calendarUrls.site, content: calendarText(ctx, `${site.title}: report deadlines`, dueEvents(ctx.archive, ctx.today)) }];
}

/** Each group's calendar, made as it is written: after a save the dev server writes the saved report's group's alone. */
export function groupCalendars(ctx: ViewContext): LazyPages<DataFileView> {
  const { site, groups } = ctx.archive;
  return lazyPages(groups, (group) => calendarUrls.group(group.slug), (group) => ({
    permalink: calendarUrls.group(group.slug),
    content: calendarText(ctx, `${group.name}: report deadlines`, groupDueEvents(group, site, ctx.today)),
  }));
}

function calendarText(ctx: ViewContext, name: string, events: readonly DueEvent[]): string {
  const { site } = ctx.archive;
  const abs = (url: string) => outsideUrl(ctx, url);
  // UIDs must be unique worldwide: the site's host says whose deadlines these are.
  const domain = site.url ? new URL(site.url).host : "sigreport.invalid";
  // A Date at UTC midnight, not a luxon DateTime: ical-generator writes both as the same UTC day
  // (and stamp), and luxon's ISO parsing was a tenth of a second of a thousand-report build.
  const stamp = utcMidnight(ctx.today);
  const calendar = ical({ name, prodId: { company: "sigreport", product: "sigreport", language: "EN" }, method: ICalCalendarMethod.PUBLISH });
  for (const { group, cell } of events) {
    const report = cell.report;
    const status = report
      ? `Filed${report.data.submitted ? ` on ${dateLabel(report.data.submitted, ctx.locale)}` : ""}${cell.status === "late" ? ", after its due date" : ""}.`
      : cell.status === "missing"
        ? "Not filed yet."
        : "Not due yet.";
    const extension = cell.extension ? ` Extended to ${dateLabel(cell.due, ctx.locale)}${cell.extension.reason ? `: ${cell.extension.reason}` : ""}.` : "";
    calendar.createEvent({
      id: `${group.slug}-${cell.quarter.id}@${domain}`,
      start: utcMidnight(cell.due),
      allDay: true,
      stamp,
      summary: `${cell.quarter.label} report for the ${group.name}: due`,
      description: `${status}${extension}`,
      url: abs(report ? urls.report(report) : urls.group(group.slug)),
    });
  }
  return calendar.toString();
}
