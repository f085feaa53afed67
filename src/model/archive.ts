// The typed models everything downstream works on: one Site, its Groups, their Reports.
// Plain data (no methods but Quarter's), so they serialise to reports.json as they are.
import type { Section } from "../load/sections.ts";
import type { Quarter } from "./quarter.ts";
import type { GroupFrontMatter, Person, QuarterIntroFrontMatter, ReportFrontMatter, ReviewFrontMatter, SiteSettings } from "./schema.ts";

export type { Section };

export interface Report {
  /** The group's slug (its folder name). */
  group: string;
  quarter: Quarter;
  /** Path inside the content folder, e.g. `groups/public-sector/2019-Q2.md`. */
  sourcePath: string;
  /** Every front-matter field, as validated (persons normalised to objects). */
  data: ReportFrontMatter;
  /** `data.title`, or "<group name> update, Q<n> <YYYY>". */
  title: string;
  /** `data.summary`, or the body's first paragraph (Markdown). */
  summary: string | undefined;
  /** `data.authors`, or the group's chairs. */
  authors: Person[];
  sections: Section[];
  /**
   * Each agenda item's summary as HTML, by position (undefined where it has none). Rendered from
   * Markdown when the report is loaded, as its sections are, so on the loading threads and once.
   */
  sessionSummariesHtml: (string | undefined)[];
}

export interface Group {
  slug: string;
  sourcePath: string;
  data: GroupFrontMatter;
  name: string;
  description: { markdown: string; html: string };
  /** Oldest first. */
  reports: Report[];
  /** Files in the group's assets/ folder, as posix paths inside it; published at /groups/<slug>/assets/. */
  assets?: readonly string[];
}

/** Markdown as written and as HTML (raw HTML escaped), rendered once when the file is loaded. */
export interface Body {
  markdown: string;
  html: string;
}

/** The overseers' review of one report: `groups/<slug>/<YYYY>-Q<n>.review.md`. */
export interface Review {
  /** The group's slug. */
  group: string;
  /** The quarter of the report it reviews (a review never exists without that report). */
  quarter: Quarter;
  sourcePath: string;
  data: ReviewFrontMatter;
  /** The reviewers' comments. */
  comments: Body;
}

/** The editors' introduction to a quarter's digest: `quarters/<YYYY>-Q<n>.md`. */
export interface QuarterIntro {
  quarter: Quarter;
  sourcePath: string;
  data: QuarterIntroFrontMatter;
  body: Body;
}

export interface Archive {
  site: SiteSettings;
  /** By name. */
  groups: Group[];
  /** By group, then quarter. */
  reports: Report[];
  /** By group, then quarter; only those whose report exists (a review without one is an error). */
  reviews: Review[];
  /** Oldest first. */
  quarterIntros: QuarterIntro[];
}
