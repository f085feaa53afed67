// The search index: Pagefind indexes the built pages and writes its index and UI into <site>/pagefind/.
// Only pages that mark their content with data-pagefind-body are indexed (reports, groups, people);
// everything else (indexes, directories, feeds) is left out because a site with any
// data-pagefind-body skips the pages without one. The index is written into the staging folder,
// before the swap, so a failed index fails the build and the published site stays as it was.
// https://pagefind.app/docs/node-api/
import path from "node:path";
import * as pagefind from "pagefind";
import type { PageObserver } from "./write-site.ts";

export const SEARCH_BUNDLE = "pagefind";

/**
 * Where the pages with data-pagefind-body are: reports and groups, and people's first pages.
 * Pagefind reads every page it is pointed at before it skips those without a body; pointing it
 * at these alone gives the same index (compared byte for byte) in 60 % of the time at 1,000
 * reports. Used when the pages are read back from disk (a site that Eleventy hosts);
 * tests/site/pages.test.ts checks that no searchable page falls outside.
 */
export const SEARCHABLE_PAGES = ["groups/**/index.html", "people/*/index.html"];

export interface SearchIndexResult {
  pages: number;
}

/**
 * An index that is fed the pages as the writer hands them over (write-site.ts `onPage`), so
 * Pagefind, a process of its own, parses and indexes them on the other core while the rest are
 * still being rendered; reading them back from disk after the build cost more than the build's
 * own rendering at 1,000 reports.
 */
export interface SearchIndexFeed {
  /** Give this to the writer as `onPage`. */
  onPage: PageObserver;
  /** Waits for every page handed over, then writes the index into <siteDir>/pagefind/ and stops Pagefind. */
  write(siteDir: string): Promise<SearchIndexResult>;
  /** Stops Pagefind without writing anything (the build failed). */
  close(): Promise<void>;
}

const BODY = "data-pagefind-body";

/**
 * What Pagefind is given of a page: the page's language and title, and its data-pagefind-body
 * elements whole, in page order; undefined for a page without one. Pagefind indexes only the
 * bodies and their data-pagefind-* attributes (which our templates set inside them) when a
 * page has any, but its parser still walks all the page's text, at ~3 µs a word: a person's page
 * whose body is its header is 2 % of the page. tests/site/search-index.test.ts checks that this
 * indexes a page exactly as the whole page does.
 */
export function searchDocument(html: string): string | undefined {
  let at = html.indexOf(BODY);
  if (at === -1) return undefined;
  const bodies: string[] = [];
  while (at !== -1) {
    const start = html.lastIndexOf("<", at);
    // The words in a page's text, not an attribute: text never holds a bare "<", so a ">" comes between.
    const tag = /^<([a-z][a-z0-9-]*)\s[^>]*$/i.exec(html.slice(start, at))?.[1];
    if (tag === undefined) {
      at = html.indexOf(BODY, at + BODY.length);
      continue;
    }
    const end = elementEnd(html, start, tag);
    // An element that never closes: let Pagefind read the page as it is.
    if (end === -1) return html;
    bodies.push(html.slice(start, end));
    at = html.indexOf(BODY, end);
  }
  if (bodies.length === 0) return undefined;
  const lang = /<html\b[^>]*?\slang="([^"]*)"/.exec(html)?.[1];
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
  return `<!doctype html><html${lang === undefined ? "" : ` lang="${lang}"`}><head><title>${title}</title></head><body>${bodies.join("\n")}</body></html>`;
}

/** Where the element that starts at `start` ends: after the end tag that closes it, counting nested ones of its name. */
function elementEnd(html: string, start: number, tag: string): number {
  const tags = new RegExp(`<(/?)${tag}[\\s>/]`, "gi");
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let m = tags.exec(html); m !== null; m = tags.exec(html)) {
    depth += m[1] === "/" ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf(">", m.index);
      return close === -1 ? -1 : close + 1;
    }
  }
  return -1;
}

const MAX_PENDING = 64;

export async function startSearchIndex(): Promise<SearchIndexFeed> {
  const index = await newIndex();
  // Pagefind answers each page in turn; its errors are looked at once all are in. A rejected page
  // is kept as an error, never left unhandled.
  const added: Promise<readonly string[]>[] = [];
  // Pages sent and not yet answered: beyond this many the writer waits, so a slower indexer holds
  // back the rendering instead of the pages piling up in memory (~400 MB at 10,000 reports).
  const pending = new Set<Promise<unknown>>();
  let closed = false;
  return {
    async onPage(url, html) {
      const content = closed ? undefined : searchDocument(html);
      if (content === undefined) return;
      const answer = index.addHTMLFile({ url, content }).then((r) => r.errors, (error: unknown) => [String(error)]);
      added.push(answer);
      pending.add(answer);
      void answer.then(() => pending.delete(answer));
      if (pending.size >= MAX_PENDING) await Promise.race(pending);
    },
    async write(siteDir) {
      try {
        const errors = (await Promise.all(added)).flat();
        if (errors.length > 0) throw new Error(`Pagefind could not index the pages: ${errors.join("; ")}`);
        return await writeIndex(index, siteDir, added.length);
      } finally {
        closed = true;
        await pagefind.close();
      }
    },
    async close() {
      closed = true;
      await pagefind.close();
    },
  };
}

/** Reads the searchable pages back from a built site (one that Eleventy wrote) and indexes them. */
export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const index = await newIndex();
    const added = await index.addDirectory({ path: siteDir, glob: `{${SEARCHABLE_PAGES.join(",")}}` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    return await writeIndex(index, siteDir, added.page_count);
  } finally {
    await pagefind.close();
  }
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

async function newIndex(): Promise<Index> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
}

async function writeIndex(index: Index, siteDir: string, pages: number): Promise<SearchIndexResult> {
  if (pages === 0) throw new Error("Pagefind found no page to index (no data-pagefind-body).");
  const written = await index.writeFiles({ outputPath: path.join(siteDir, SEARCH_BUNDLE) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  return { pages };
}
