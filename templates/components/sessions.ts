// Sessions: as a dated timeline on a report, with everything said of each; and as a list elsewhere
// (person, organisation, tag) where each says when, who, and which group and report it came from,
// and links to the session on its report. The list leaves the summary to the report page: a busy
// organisation presents hundreds of times, and its page is a list to scan, not every report again.
import { plural } from "../../src/site/format.ts";
import { type Html, compactHtml, html } from "../../src/site/html.ts";
import type { AgendaDay } from "../../src/site/view-models/report.ts";
import type { SessionsPageView } from "../../src/site/view-models/session-pages.ts";
import type { ListedSessionView, SessionView } from "../../src/site/view-models/types.ts";
import { externalLinks, pager, tagList } from "./links.ts";
import { person } from "./people.ts";

function sessionBody(s: SessionView): Html {
  return html`${s.presenters.length ? html`<ul class="session__presenters" aria-label="Presenters">${s.presenters.map((p) => html`<li>${person(p)}</li>`)}</ul>` : ""}
${s.summaryHtml ? html`<div class="session__summary prose">${s.summaryHtml}</div>` : ""}
${externalLinks(s.links, "links links--inline")}
${tagList(s.tags)}`;
}

export function timeline(days: readonly AgendaDay[]): Html {
  return html`<ol class="timeline">${days.map(
    (day) => html`<li class="timeline__day"><h3 class="timeline__date"><time datetime="${day.dateIso}">${day.dateLabel}</time></h3>
<ol class="timeline__sessions">${day.sessions.map(
      (s) => html`<li class="session" id="${s.id}"><h4 class="session__title">${s.title}</h4>${sessionBody(s)}</li>`,
    )}</ol></li>`,
  )}</ol>`;
}

/**
 * A session is listed on the page of each of its presenters, their organisations and its tags; its
 * markup is made once per build (its view is made once too, see listedSessionView) and reused. Kept
 * for the whole build, each is flattened: as made it is a tree of its parts, three times the size.
 */
const listItems = new WeakMap<ListedSessionView, Html>();

/** One page of sessions, with the way to the newer and older pages when there are more. */
export function sessionList(page: SessionsPageView): Html {
  return html`${page.range ? html`<p class="muted">${page.range}</p>` : ""}<ol class="session-list">${page.sessions.map((s) => {
    let item = listItems.get(s);
    if (!item) listItems.set(s, (item = compactHtml(sessionListItem(s))));
    return item;
  })}</ol>${pager(page.newer, page.older, "More sessions")}`;
}

function sessionListItem(s: ListedSessionView): Html {
  return html`<li class="session card"><p class="session__meta"><time datetime="${s.dateIso}">${s.dateLabel}</time> · <a href="${s.group.href}">${s.group.label}</a> · <a href="${s.report.href}">${s.report.label} report</a></p><h3 class="session__title"><a href="${s.href}">${s.title}</a></h3>${
    s.presenters.length
      ? html`<ul class="people people--inline" aria-label="Presenters">${s.presenters.map(
          (p) => html`<li><span class="person"><a class="person__name" href="${p.href}">${p.name}</a>${p.org ? html`<span class="person__details">${p.org}</span>` : ""}</span></li>`,
        )}${s.morePresenters ? html`<li><a href="${s.href}">${plural(s.morePresenters, "more presenter")}</a></li>` : ""}</ul>`
      : ""
  }</li>`;
}
