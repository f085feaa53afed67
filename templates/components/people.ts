// A person as a line of text: name (linked to their page), role, organisation (linked), own link.
import { type Html, html, join } from "../../src/site/html.ts";
import type { PersonView } from "../../src/site/view-models/types.ts";

export function person(p: PersonView): Html {
  const name = p.href ? html`<a class="person__name" href="${p.href}">${p.name}</a>` : html`<span class="person__name">${p.name}</span>`;
  const org = p.org ? (p.org.href ? html`<a href="${p.org.href}">${p.org.label}</a>` : html`${p.org.label}`) : undefined;
  const details = [p.role === undefined ? undefined : html`${p.role}`, org].filter((x): x is Html => x !== undefined);
  return html`<span class="person">${name}${details.length ? html`<span class="person__details">${join(details, ", ")}</span>` : ""}${
    p.url ? html` <a class="person__url" href="${p.url}" rel="noopener noreferrer">website<span class="visually-hidden"> of ${p.name}</span></a>` : ""
  }</span>`;
}

export function personList(people: readonly PersonView[]): Html {
  return html`<ul class="people">${people.map((p) => html`<li>${person(p)}</li>`)}</ul>`;
}
