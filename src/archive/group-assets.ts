// A group's own files (charts, slides, photos) live in groups/<slug>/assets/ and are published at
// /groups/<slug>/assets/. In a report they are written as the file sees them, `assets/chart.png`,
// which the editor's preview and GitHub's file view show; on the site a report is a page deeper
// (/groups/<slug>/2019-q2/), so such links are made root-absolute here, once, when the archive is
// assembled. The page writer's path prefix then applies to them like to every other link.
//
// A text search is exact on this HTML: it is markdown-it's output with raw HTML off, so ` src="`
// and ` href="` can only be attributes it wrote, with `"` inside a value escaped.
import type { Report } from "../model/archive.ts";

export const assetUrl = (group: string, file: string) => `/groups/${group}/assets/${file}`;

const RELATIVE_ASSET = /(\s(?:href|src)=")(?:\.\/)?assets\//g;

/** `assets/chart.png` (or `./assets/…`) in the text of group `group` → `/groups/<group>/assets/chart.png`. */
export function resolveAssetLinks(html: string, group: string): string {
  return html.includes("assets/") ? html.replace(RELATIVE_ASSET, `$1${assetUrl(group, "")}`) : html;
}

/** The same for every piece of a report's rendered text; the report itself when it links no asset (a watch-mode cache keeps its objects). */
export function withAssetLinks<R extends Pick<Report, "group" | "sections" | "sessionSummariesHtml">>(report: R): R {
  const links = (html: string | undefined) => html !== undefined && html.includes("assets/");
  if (!report.sections.some((s) => links(s.html)) && !report.sessionSummariesHtml.some(links)) return report;
  return {
    ...report,
    sections: report.sections.map((s) => ({ ...s, html: resolveAssetLinks(s.html, report.group) })),
    sessionSummariesHtml: report.sessionSummariesHtml.map((h) => (h === undefined ? undefined : resolveAssetLinks(h, report.group))),
  };
}

export interface AssetLink {
  group: string;
  /** The file inside the group's assets/ folder, decoded (`my chart.png`), without ?query or #fragment. */
  file: string;
  /** As the link has it in the HTML (percent-encoded), for finding it in the source. */
  written: string;
}

const ASSET_LINK = /\s(?:href|src)="\/groups\/([a-z0-9-]+)\/assets\/([^"?#]*)/g;

/** The links to group assets in rendered text (after resolveAssetLinks). */
export function assetLinks(html: string): AssetLink[] {
  const links: AssetLink[] = [];
  for (const [, group, written] of html.matchAll(ASSET_LINK)) {
    const raw = written!.replace(/&amp;/g, "&");
    let file = raw;
    try {
      file = decodeURIComponent(raw);
    } catch {
      // A stray % is kept as written: no such file exists, and the check says so.
    }
    links.push({ group: group!, file, written: raw });
  }
  return links;
}
