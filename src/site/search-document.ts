// A page's search document: what Pagefind needs of it (./search-index.ts), made as the page is
// written (./write-site.ts WriteOptions.searchDocuments), on whichever thread writes the page.

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
