// The search index: Pagefind indexes the built pages and writes its index and UI into <site>/pagefind/.
// Only pages that mark their content with data-pagefind-body are indexed (reports, groups, people);
// everything else (indexes, directories, feeds) is left out because a site with any
// data-pagefind-body skips the pages without one. The index is written into the staging folder,
// before the swap, so a failed index fails the build and the published site stays as it was.
// https://pagefind.app/docs/node-api/
import path from "node:path";
import * as pagefind from "pagefind";

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
 * Indexes a built site into <siteDir>/pagefind/: from `documents`, the folder our writer filled with
 * each page's search document (./search-document.ts, at the page's own path, so the addresses are
 * the pages'), or else from the searchable pages themselves (a site Eleventy wrote). Pagefind
 * reads a folder on both cores; fed one page at a time through addHTMLFile it used one (its
 * service handles one message at a time), which at 1,000 reports cost more than the smaller
 * documents saved.
 */
export async function writeSearchIndex(siteDir: string, documents?: string): Promise<SearchIndexResult> {
  try {
    const index = await newIndex();
    const source = documents ?? siteDir;
    const added = await index.addDirectory({ path: source, glob: documents ? "**/*.html" : `{${SEARCHABLE_PAGES.join(",")}}` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${source}: ${added.errors.join("; ")}`);
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
