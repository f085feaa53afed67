// The parts of a report page: each front-matter part laid out beside the prose of its section.
import { type Html, html } from "../../src/site/html.ts";
import type { ActivityView, DiversityView, HealthView, PartView, ShareView, WorkProductItemView } from "../../src/site/view-models/report.ts";
import { badge } from "./badge.ts";
import { figures } from "./figures.ts";
import { externalLinks } from "./links.ts";
import { timeline } from "./sessions.ts";

export function part(p: PartView): Html {
  const prose = p.proseHtml ? html`<div class="prose">${p.proseHtml}</div>` : "";
  const heading = p.heading === undefined ? "" : html`<h2 id="${p.id}-title">${p.heading}</h2>`;
  const labelled = p.heading === undefined ? html`aria-label="Introduction"` : html`aria-labelledby="${p.id}-title"`;
  // Compact facts sit beside the prose (below it on a phone); long lists follow the prose.
  const facts = p.health ? health(p.health) : p.activity ? activity(p.activity) : p.diversity ? diversity(p.diversity) : undefined;
  const lists = html`${p.agenda ? timeline(p.agenda) : ""}${p.workProducts ? workProducts(p.workProducts) : ""}`;
  return html`<section class="part part--${p.key}" id="${p.id}" data-part="${p.key}" ${labelled}>
${heading}${facts && prose ? html`<div class="part__split">${prose}${facts}</div>` : html`${facts ?? ""}${prose}`}${lists}
</section>`;
}

function health(h: HealthView): Html {
  return html`<div class="panel">
${figures(h.figures, "Health figures")}
${h.rating ? html`<p class="rating">Chair's rating: ${badge(h.rating)}</p>` : ""}
${h.subgroups.length ? html`<h3>Subgroups</h3><ul class="plain-list">${h.subgroups.map(
  (s) => html`<li><strong>${s.name}</strong>${s.purpose ? html`: ${s.purpose}` : ""}${s.meets ? html`<span class="muted">Meets: ${s.meets}</span>` : ""}</li>`,
)}</ul>` : ""}
${h.needs.length ? html`<h3>Where the group asks for help</h3><ul class="needs">${h.needs.map((n) => html`<li>${n}</li>`)}</ul>` : ""}
</div>`;
}

function activity(a: ActivityView): Html {
  return html`<div class="panel">
${figures(a.meetings, "Meetings")}
${a.meetingsNote ? html`<p class="note">${a.meetingsNote}</p>` : ""}
${a.channels.length ? html`<h3>Channels</h3><ul class="plain-list channels">${a.channels.map(
  (c) => html`<li><strong>${c.name}</strong> ${c.level ? html`<span class="visually-hidden">activity:</span>${badge(c.level)}` : ""}${c.note ? html`<span class="muted">${c.note}</span>` : ""}</li>`,
)}</ul>` : ""}
${a.highlights.length ? html`<h3>Highlights</h3><ul class="highlights">${a.highlights.map((h) => html`<li>${h}</li>`)}</ul>` : ""}
</div>`;
}

function workProducts(items: readonly WorkProductItemView[]): Html {
  return html`<ul class="work-products">${items.map(
    (wp) => html`<li class="card work-product">
<div class="work-product__head"><h3 class="work-product__title">${wp.title}</h3> ${badge(wp.status)}</div>
${wp.owner || wp.dueLabel ? html`<dl class="inline-facts">${wp.owner ? html`<div><dt>Owner</dt> <dd>${wp.owner}</dd></div>` : ""}${wp.dueLabel ? html`<div><dt>Due</dt> <dd>${wp.dueLabel}</dd></div>` : ""}</dl>` : ""}
${wp.note ? html`<p class="note">${wp.note}</p>` : ""}
${externalLinks(wp.links, "links links--inline")}
<p class="work-product__history"><a href="${wp.historyHref}">History across quarters<span class="visually-hidden">: ${wp.title}</span></a></p>
</li>`,
  )}</ul>`;
}

function share(s: ShareView): Html {
  return html`<li class="share"><span class="share__label">${s.label}</span> ${s.bar} <span class="share__value">${s.percent}</span></li>`;
}

function diversity(d: DiversityView): Html {
  return html`<div class="panel diversity">
${d.sectors.length || d.sectorsNote ? html`<div><h3>Sectors</h3>${d.sectors.length ? html`<ul class="shares">${d.sectors.map(share)}</ul>` : ""}${d.sectorsNote ? html`<p class="note">${d.sectorsNote}</p>` : ""}</div>` : ""}
${d.women || d.genderNote ? html`<div><h3>Gender</h3>${d.women ? html`<ul class="shares">${share(d.women)}</ul>` : ""}${d.genderNote ? html`<p class="note">${d.genderNote}</p>` : ""}</div>` : ""}
${d.regions.length || d.regionsNote ? html`<div><h3>Regions</h3>${d.regions.length ? html`<ul class="tags tags--plain">${d.regions.map((r) => html`<li>${r}</li>`)}</ul>` : ""}${d.regionsNote ? html`<p class="note">${d.regionsNote}</p>` : ""}</div>` : ""}
</div>`;
}
