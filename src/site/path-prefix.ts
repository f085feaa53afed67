// Pages link root-absolute (`/groups/…`, see urls.ts); a site published under a path prefix
// (`/sig-reports/`) gets the prefix added here, to every href, src and form action.
//
// A text search is exact on this HTML because all of it is ours: every value a report supplies is
// escaped (`"` becomes `&quot;`), Markdown included, so ` href="/` can only be an attribute we
// wrote. Eleventy's HtmlBasePlugin did the same by parsing every page, which cost more than
// rendering it.
const ROOT_ABSOLUTE = /(\s(?:href|src|action)=")\/(?!\/)/g;

export function addPathPrefix(html: string, pathPrefix: string): string {
  if (pathPrefix === "/") return html;
  return html.replace(ROOT_ABSOLUTE, `$1${pathPrefix}`);
}
