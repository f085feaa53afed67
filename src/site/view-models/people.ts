// Presenters and their organisations: "who presented about Uzbekistan?" is a tag page away, and
// each person's and organisation's page lists what they presented, when, in which group.
import { slugOf } from "../../archive/slug.ts";
import { plural } from "../format.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import type { LazyPages } from "./lazy-pages.ts";
import { type SessionsPageView, ownerSessionPages } from "./session-pages.ts";
import type { LinkView, PageView, ListedSessionView } from "./types.ts";

export interface DirectoryEntryView {
  name: string;
  href: string;
  detail: string;
  facts: string;
}

export interface DirectoryView extends PageView {
  intro: string;
  /** By first letter, for long lists. */
  letters: { letter: string; id: string; entries: DirectoryEntryView[] }[];
}

export interface PersonPageView extends PageView {
  name: string;
  /** Their own link, if a report gave one. */
  ownUrl?: string | undefined;
  roles: string[];
  orgs: LinkView[];
  groups: LinkView[];
  sessions: SessionsPageView;
  facts: string;
}

export interface OrganizationPageView extends PageView {
  name: string;
  people: LinkView[];
  groups: LinkView[];
  sessions: SessionsPageView;
  facts: string;
}

/** Page 2 onwards of a person's or organisation's sessions: titled and linked back to page 1. */
function pageTitle(name: string, sessions: SessionsPageView): string {
  return sessions.number === 1 ? name : `${name}: sessions, page ${sessions.number} of ${sessions.count}`;
}

function groupLinks(slugs: readonly string[], ctx: ViewContext): LinkView[] {
  return slugs.map((slug) => ({ label: ctx.group(slug).name, href: href(urls.group(slug)) }));
}

function byLetter(entries: DirectoryEntryView[]): DirectoryView["letters"] {
  const letters = new Map<string, DirectoryEntryView[]>();
  for (const e of entries) {
    const first = e.name.normalize("NFKD").charAt(0).toUpperCase();
    const letter = /\p{L}/u.test(first) ? first : "#";
    const list = letters.get(letter);
    if (list) list.push(e);
    else letters.set(letter, [e]);
  }
  return [...letters.entries()].map(([letter, list], i) => ({ letter, id: `letter-${i + 1}`, entries: list }));
}

export function peopleViews(ctx: ViewContext): { index: DirectoryView; pages: LazyPages<PersonPageView> } {
  const people = ctx.index.people;
  return {
    index: {
      url: urls.people,
      permalink: "/people/index.html",
      title: "People",
      description: "Everyone who presented to a group, and what they presented.",
      nav: "people",
      crumbs: [{ label: "Home", href: urls.home }, { label: "People" }],
      intro: `${plural(people.length, "person", "people")} presented to the groups.`,
      letters: byLetter(
        people.map((p) => ({
          name: p.name,
          href: href(urls.person(p.slug)),
          detail: p.orgs.join(", "),
          facts: plural(p.sessions.length, "session"),
        })),
      ),
    },
    pages: ownerSessionPages(people, { sessions: (p) => p.sessions, url: (p) => urls.person(p.slug), name: (p) => p.name, section: { label: "People", href: urls.people } }, ctx, (page) => {
      const p = page.owner;
      const view: PersonPageView = {
        url: page.url,
        permalink: page.permalink,
        title: pageTitle(p.name, page.sessions),
        nav: "people",
        crumbs: page.crumbs,
        name: p.name,
        ownUrl: p.url,
        roles: p.roles,
        orgs: p.orgs.map((o) => ({ label: o, href: href(urls.organization(slugOf(o))) })),
        groups: groupLinks(p.groups, ctx),
        sessions: page.sessions,
        facts: `${plural(page.total, "session")} in ${plural(p.groups.length, "group")}`,
      };
      return view;
    }),
  };
}

export function organizationViews(ctx: ViewContext): { index: DirectoryView; pages: LazyPages<OrganizationPageView> } {
  const orgs = ctx.index.organizations;
  return {
    index: {
      url: urls.organizations,
      permalink: "/organizations/index.html",
      title: "Organisations",
      description: "Every organisation whose people presented to a group.",
      nav: "organizations",
      crumbs: [{ label: "Home", href: urls.home }, { label: "Organisations" }],
      intro: `People from ${plural(orgs.length, "organisation")} presented to the groups.`,
      letters: byLetter(
        orgs.map((o) => ({
          name: o.name,
          href: href(urls.organization(o.slug)),
          detail: o.people.map((slug) => ctx.index.peopleBySlug.get(slug)?.name ?? slug).join(", "),
          facts: plural(o.sessions.length, "session"),
        })),
      ),
    },
    pages: ownerSessionPages(
      orgs,
      { sessions: (o) => o.sessions, url: (o) => urls.organization(o.slug), name: (o) => o.name, section: { label: "Organisations", href: urls.organizations } },
      ctx,
      (page): OrganizationPageView => {
        const o = page.owner;
        return {
          url: page.url,
          permalink: page.permalink,
          title: pageTitle(o.name, page.sessions),
          nav: "organizations",
          crumbs: page.crumbs,
          name: o.name,
          people: o.people.map((slug) => ({ label: ctx.index.peopleBySlug.get(slug)?.name ?? slug, href: href(urls.person(slug)) })),
          groups: groupLinks(o.groups, ctx),
          sessions: page.sessions,
          facts: `${plural(page.total, "session")} by ${plural(o.people.length, "person", "people")} in ${plural(o.groups.length, "group")}`,
        };
      },
    ),
  };
}
