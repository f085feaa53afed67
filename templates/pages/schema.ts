// /schema/*.schema.json: the editors' schemas (reports.json is written in pieces, see reports-json.ts).
import type { DataFileView } from "../../src/site/view-models/data-files.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";

export function render(_site: SiteViews, file: DataFileView): string {
  return file.content;
}
