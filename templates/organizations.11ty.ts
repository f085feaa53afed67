// /organizations/: every organisation whose people presented.
import type { SiteData } from "./components/types.ts";
import { directory } from "./components/directory.ts";
import { base } from "./layouts/base.ts";

export const data = { permalink: "/organizations/index.html", eleventyExcludeFromCollections: true };

export function render({ views }: SiteData): string {
  return base(views.layout, views.organizationsIndex, directory(views.organizationsIndex));
}
