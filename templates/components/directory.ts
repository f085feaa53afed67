// An A–Z list of people or organisations with a jump bar.
import { type Html, html } from "../../src/site/html.ts";
import type { DirectoryView } from "../../src/site/view-models/people.ts";

export function directory(page: DirectoryView): Html {
  return html`<h1>${page.title}</h1>
<p class="lede">${page.intro}</p>
${page.letters.length > 1 ? html`<nav class="jump" aria-label="Jump to letter"><ul>${page.letters.map((l) => html`<li><a href="#${l.id}">${l.letter}</a></li>`)}</ul></nav>` : ""}
${page.letters.map(
    (l) => html`<section aria-labelledby="${l.id}"><h2 class="letter" id="${l.id}">${l.letter}</h2><ul class="row-list">${l.entries.map(
      (e) => html`<li class="row-list__item"><a class="row-list__title" href="${e.href}">${e.name}</a> ${e.detail ? html`<span class="muted">${e.detail}</span>` : ""} <span class="fact">${e.facts}</span></li>`,
    )}</ul></section>`,
  )}`;
}
