// A feed reader shows an entry away from the site, so every link and image in it must be absolute:
// root-relative `/groups/x/` gets site.url and the path prefix (`root`); a relative one resolves
// against the entry's own page. The search over the HTML is exact for the same reason as in
// path-prefix.ts: it is markdown-it's output with raw HTML off, every `"` in a value escaped.
const LINK = /(\s(?:href|src)=")([^"]*)"/g;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `root`: the site's absolute address with its prefix, ending in "/"; `page`: the absolute address the HTML belongs to. */
export function absoluteLinks(html: string, root: string, page: string): string {
  return html.replace(LINK, (whole, attr: string, value: string) => {
    if (HAS_SCHEME.test(value)) return whole;
    if (value.startsWith("/") && !value.startsWith("//")) return `${attr}${root}${value.slice(1)}"`;
    const resolved = new URL(value.replace(/&amp;/g, "&"), page).href;
    return `${attr}${resolved.replace(/&/g, "&amp;")}"`;
  });
}
