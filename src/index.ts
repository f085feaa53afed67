// The public surface: what the site, the CLI and other tools may use.
export { loadArchive, type LoadResult } from "./load/load-archive.ts";
export { ContentFolderMissing } from "./load/walk.ts";
export { type Diagnostic, type DiagnosticCode, CATALOGUE, hasErrors } from "./load/diagnostics.ts";
export { Quarter } from "./model/quarter.ts";
export { type CalendarDate, formatCalendarDate } from "./model/calendar-date.ts";
export type { Archive, Group, Report, Section } from "./model/archive.ts";
export * from "./model/schema.ts";
export { sigreportSite } from "./shipped-templates.ts";
export type { SitePluginOptions } from "./site/plugin.ts";
