// The quarter's digest (/quarters/<yyyy>-q<n>/digest.md and digest.txt): the edition an editor
// pastes into a blog post, a GitHub discussion or a mailing list. Report text is made one plain
// line here (untrusted: see src/site/digest/plain-text.ts); each template escapes for its format.
// Links are absolute (site.url) because a digest is read away from the site.
import { introFor, kindHeading, quarterDigest } from "../../archive/quarter-digest.ts";
import { type QuarterSummary, quarterSummaries } from "../../archive/quarters.ts";
import type { Quarter } from "../../model/quarter.ts";
import { markdownAsText, oneLine } from "../digest/plain-text.ts";
import { dateLabel } from "../format.ts";
import { urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import { type LazyPages, lazyPages } from "./lazy-pages.ts";
import { outsideUrl } from "./outside-url.ts";

export interface DigestEntryView {
  group: string;
  title: string;
  url: string;
  summary?: string | undefined;
  highlights: string[];
  asks: string[];
}

export interface DigestView {
  /** "Hyperledger SIG reports: Q2 2019", or the introduction's own title. */
  title: string;
  /** The quarter's page. */
  url: string;
  intro?: { markdown: string; editors: string[] } | undefined;
  kinds: { heading: string; entries: DigestEntryView[] }[];
  /** `due` is "due" or, past the date, "was due" (neutral wording: spec, `remind`). */
  expected: { group: string; url: string; due: string; dueLabel: string }[];
}

/** Where the digest files of a quarter are, beside its page. */
export const digestUrls = {
  markdown: (quarter: Quarter) => `${urls.quarter(quarter)}digest.md`,
  text: (quarter: Quarter) => `${urls.quarter(quarter)}digest.txt`,
};

/** One of a quarter's two digest files (digest.md, digest.txt): the same digest, at its permalink. */
export interface DigestFile {
  permalink: string;
  digest: DigestView;
}

/**
 * Each quarter's digest.md and digest.txt, each digest made once, when the first of its files is
 * written: after a save the dev server writes the saved report's quarter's alone.
 */
export function digestFiles(ctx: ViewContext): { markdown: LazyPages<DigestFile>; text: LazyPages<DigestFile> } {
  const summaries = quarterSummaries(ctx.archive, ctx.today);
  const made = new Map<QuarterSummary, DigestView>();
  const digestOf = (summary: QuarterSummary) => {
    let view = made.get(summary);
    if (!view) made.set(summary, (view = digestView(ctx, summary)));
    return view;
  };
  const files = (permalink: (quarter: Quarter) => string) =>
    lazyPages(summaries, (s) => permalink(s.quarter), (s): DigestFile => ({ permalink: permalink(s.quarter), digest: digestOf(s) }));
  return { markdown: files(digestUrls.markdown), text: files(digestUrls.text) };
}

function digestView(ctx: ViewContext, summary: QuarterSummary): DigestView {
  const site = ctx.archive.site;
  const abs = (url: string) => outsideUrl(ctx, url);
  const digest = quarterDigest(summary, introFor(ctx.archive, summary.quarter));
  const quarter = summary.quarter;
  return {
    title: oneLine(digest.intro?.data.title ?? `${site.title}: ${quarter.label}`),
    url: abs(urls.quarter(quarter)),
    intro: digest.intro && { markdown: digest.intro.body.markdown.trim(), editors: (digest.intro.data.editors ?? []).map((p) => oneLine(p.name)) },
    kinds: digest.kinds.map((k) => ({
      heading: oneLine(kindHeading(k.kind)),
      entries: k.entries.map((e) => ({
        group: oneLine(e.group.name),
        title: oneLine(e.report.title),
        url: abs(urls.report(e.report)),
        summary: e.summary === undefined ? undefined : markdownAsText(e.summary),
        // Highlights and needs are plain text in the format (shown escaped on the site), not Markdown.
        highlights: e.highlights.map(oneLine),
        asks: e.asks.map(oneLine),
      })),
    })),
    expected: digest.expected.map(({ group, cell }) => ({
      group: oneLine(group.name),
      url: abs(urls.group(group.slug)),
      due: cell.status === "missing" ? "was due" : "due",
      dueLabel: dateLabel(cell.due, ctx.locale),
    })),
  };
}
