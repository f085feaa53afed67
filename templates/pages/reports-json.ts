// /reports.json: every model as JSON, written piece by piece (see src/site/view-models/data-files.ts).
import type { Piece } from "../../src/site/reused-pieces.ts";
import type { StreamedFileView } from "../../src/site/view-models/data-files.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";

export function render(_site: SiteViews, file: StreamedFileView): Iterable<Piece> {
  return file.chunks();
}
