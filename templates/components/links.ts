// Lists of links: external links of a report or group, or a run of internal ones.
import { type Html, html, join } from "../../src/site/html.ts";
import type { LinkView } from "../../src/site/view-models/types.ts";

export function externalLinks(links: readonly LinkView[], className = "links"): Html {
  if (links.length === 0) return html``;
  return html`<ul class="${className}">${links.map((l) => html`<li><a href="${l.href}" rel="noopener noreferrer">${l.label}</a></li>`)}</ul>`;
}

/** `filter`: each link's text is also a value of that Pagefind search filter (e.g. "group"). */
export function inlineLinks(links: readonly LinkView[], filter?: string): Html {
  return join(
    links.map((l) => html`<a href="${l.href}"${filter ? html` data-pagefind-filter="${filter}"` : ""}>${l.label}</a>`),
    ", ",
  );
}

export function tagList(tags: readonly LinkView[]): Html {
  if (tags.length === 0) return html``;
  return html`<ul class="tags" aria-label="Tags">${tags.map((t) => html`<li><a class="tag" href="${t.href}">${t.label}</a></li>`)}</ul>`;
}

export function pager(previous: LinkView | undefined, next: LinkView | undefined, label: string): Html {
  if (!previous && !next) return html``;
  return html`<nav class="pager" aria-label="${label}">${
    previous ? html`<a class="pager__link pager__link--previous" href="${previous.href}" rel="prev"><span class="pager__hint">Previous</span> ${previous.label}</a>` : html`<span></span>`
  }${next ? html`<a class="pager__link pager__link--next" href="${next.href}" rel="next"><span class="pager__hint">Next</span> ${next.label}</a>` : ""}</nav>`;
}
