// Home page (placeholder until the published-archive work lands): every report, by group.
import type { Archive } from "../src/model/archive.ts";
import { html } from "../src/site/html.ts";
import { base } from "./layouts/base.ts";

export const data = { permalink: "/index.html" };

export function render({ archive }: { archive: Archive }): string {
  const { site } = archive;
  return base({
    title: site.title,
    siteTitle: site.title,
    description: site.description,
    lang: site.locale,
    body: html`<h1>${site.title}</h1>
${site.description ? html`<p>${site.description}</p>` : ""}
${archive.groups.map(
  (group) => html`<section><h2>${group.name}</h2><ul>${group.reports.map((r) => html`<li>${r.title} (${r.quarter.label})</li>`)}</ul></section>`,
)}`,
  }).toString();
}
