// /feed.xml and /groups/<group>/feed.xml: Atom, the newest reports first (FEED_ENTRIES of them). Every value goes
// through the `html` tag, whose escaping is also XML's. An entry's content is HTML escaped once
// more (type="html"): the summary, then what changed since the group's previous report.
import { html, trusted } from "../../src/site/html.ts";
import type { FeedView } from "../../src/site/view-models/feeds.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";

export function render(_site: SiteViews, f: FeedView): string {
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${f.id}</id>
<title>${f.title}</title>
${f.subtitle ? html`<subtitle>${f.subtitle}</subtitle>` : ""}
<link rel="self" type="application/atom+xml" href="${f.self}"/>
<link rel="alternate" type="text/html" href="${f.alternate}"/>
<updated>${f.updated}</updated>
<author><name>${f.author}</name></author>
${f.entries.map(
    (e) => html`<entry>
<id>${e.id}</id>
<title>${e.title}</title>
<link rel="alternate" type="text/html" href="${e.link}"/>
<updated>${e.updated}</updated>
${e.authors.map((a) => html`<author><name>${a}</name></author>`)}
<category term="${e.category}"/>
${e.summaryHtml ? html`<summary type="html">${e.summaryHtml}</summary>` : ""}
${e.changes ? html`<content type="html">${html`${e.summaryHtml ? html`<p>${trusted(e.summaryHtml)}</p>` : ""}<h2>${e.changes.heading}</h2>${
      e.changes.gapNote ? html`<p>${e.changes.gapNote}</p>` : ""
    }${e.changes.items.length ? html`<ul>${e.changes.items.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p>${e.changes.empty}</p>`}`.toString()}</content>` : ""}
</entry>
`,
  )}</feed>
`.toString();
}
