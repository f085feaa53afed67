// A page of the site maintainers' own (an "About" or "Process" page in Markdown in their pages
// folder): Eleventy renders its content, trusted as the maintainers are, and the site's layout
// frames it like every archive page. Reports never come this way.
import { type Html, trusted } from "../html.ts";
import { urls } from "../urls.ts";
import type { PageView } from "./types.ts";

export interface OwnPageView extends PageView {
  /** The maintainers' HTML, as Eleventy rendered it. */
  bodyHtml: Html;
}

/** What Eleventy tells a layout: the page's front matter, its address, its rendered content. */
export interface OwnPageData {
  title?: unknown;
  description?: unknown;
  page: { url: string | false; outputPath: string | false };
  content: string;
}

export function ownPage(data: OwnPageData): OwnPageView {
  const url = typeof data.page.url === "string" ? data.page.url : "";
  const title = typeof data.title === "string" && data.title !== "" ? data.title : url;
  return {
    url,
    permalink: typeof data.page.outputPath === "string" ? data.page.outputPath : url,
    title,
    description: typeof data.description === "string" ? data.description : undefined,
    nav: "none",
    crumbs: [{ label: "Home", href: urls.home }, { label: title }],
    bodyHtml: trusted(data.content),
  };
}
