// The shapes templates lay out. Everything is already a string to print, an href, or Html we made
// (rendered Markdown, SVG): templates do no formatting, arithmetic or filtering.
import type { Badge } from "../format.ts";
import type { Html } from "../html.ts";

export type { Badge };

export interface LinkView {
  label: string;
  href: string;
}

export interface Crumb {
  label: string;
  href?: string;
}

export type NavKey = "home" | "groups" | "quarters" | "people" | "organizations" | "work-products" | "tags" | "status" | "none";

/** What every page has: where it lives, its title and where it sits in the site. */
export interface PageView {
  url: string;
  permalink: string;
  title: string;
  description?: string | undefined;
  crumbs: Crumb[];
  nav: NavKey;
  /** A feed to advertise in <head>, root-absolute. */
  feedHref?: string | undefined;
}

/** The search page: Pagefind's bundle and the site's base URL, both with the path prefix. */
export interface SearchPageView extends PageView {
  bundlePath: string;
  baseUrl: string;
}

export interface PersonView {
  name: string;
  /** The person's page on this site. */
  href?: string | undefined;
  /** Their own link, if the report gave one. */
  url?: string | undefined;
  role?: string | undefined;
  org?: { label: string; href?: string | undefined } | undefined;
}

/** A session on its report's page: everything said of it. */
export interface SessionView {
  /** Anchor on the report page. */
  id: string;
  dateIso: string;
  dateLabel: string;
  title: string;
  summaryHtml?: Html | undefined;
  presenters: PersonView[];
  links: LinkView[];
  tags: LinkView[];
}

/** A session in a list outside its report (person, organisation, tag): when, who, and where it was. */
export interface ListedSessionView {
  dateIso: string;
  dateLabel: string;
  title: string;
  /** Linked to their pages; the organisation as text, so a row stays a few links, not a dozen. */
  presenters: { name: string; href: string; org?: string | undefined }[];
  /** Presenters not named in the list (see LISTED_PRESENTERS); the session's own page names them. */
  morePresenters: number;
  group: LinkView;
  report: LinkView;
  /** The session on its report's page. */
  href: string;
}

export interface ReportCardView {
  title: string;
  href: string;
  group: LinkView;
  quarterLabel: string;
  submittedLabel?: string | undefined;
  submittedIso?: string | undefined;
  summaryHtml?: Html | undefined;
  badges: Badge[];
  facts: string[];
}

export interface Figure {
  label: string;
  value: string;
  detail?: string | undefined;
}
