// What every view model is computed from: the archive, its indexes (built once), the build's
// "today" (injectable with SIGREPORT_TODAY for tests and reproducible builds) and the path prefix.
import { type ArchiveIndex, indexArchive } from "../../archive/archive-index.ts";
import type { Archive, Group } from "../../model/archive.ts";
import { type CalendarDate, isCalendarDate, today as todayUtc } from "../../model/calendar-date.ts";

export interface BuildOptions {
  today: CalendarDate;
  pathPrefix: string;
}

export interface ViewContext extends BuildOptions {
  archive: Archive;
  index: ArchiveIndex;
  locale: string;
  group(slug: string): Group;
}

export function contextFor(archive: Archive, options: BuildOptions): ViewContext {
  return contextWith(archive, indexArchive(archive), options);
}

/** A context over an index made elsewhere (the dev server's, ./saved-context.ts). */
export function contextWith(archive: Archive, index: ArchiveIndex, options: BuildOptions): ViewContext {
  return {
    ...options,
    archive,
    index,
    locale: archive.site.locale,
    group: (slug) => {
      const group = index.groupsBySlug.get(slug);
      if (!group) throw new Error(`No group ${slug}`);
      return group;
    },
  };
}

/** "Today" for due dates: SIGREPORT_TODAY=YYYY-MM-DD if set, else the build's date in UTC. */
export function todayFromEnv(env: Record<string, string | undefined> = process.env): CalendarDate {
  const given = env["SIGREPORT_TODAY"];
  if (given === undefined || given === "") return todayUtc();
  if (!isCalendarDate(given)) throw new Error(`SIGREPORT_TODAY must be a day written YYYY-MM-DD, not ${JSON.stringify(given)}.`);
  return given;
}
