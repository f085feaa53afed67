// The dev server's fast path: when a chair saves a report, its own page is rendered and written
// straight away from the typed archive, before Eleventy's full rebuild (which walks every template
// and takes seconds at a thousand reports) makes the rest of the site consistent. Only the changed
// file is parsed again: the parse cache is shared with the full rebuild.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { hasErrors } from "../load/diagnostics.ts";
import { loadArchive } from "../load/load-archive.ts";
import { reportAt } from "../load/walk.ts";
import { fileCache } from "./archive-source.ts";
import { addPathPrefix } from "./path-prefix.ts";
import { type BuildOptions, contextFor } from "./view-models/context.ts";
import { layoutView } from "./view-models/layout.ts";
import { reportPage } from "./view-models/report.ts";
import type { SiteViews } from "./view-models/site-views.ts";

/**
 * Renders the report at `file` (a path inside `contentDir`) into `outputDir`. Returns the page written,
 * or undefined when the file is not a loaded report or the content has errors (the full rebuild then
 * prints them).
 */
export async function writeReportPage(contentDir: string, outputDir: string, file: string, options: BuildOptions): Promise<string | undefined> {
  const sourcePath = path.relative(contentDir, file).split(path.sep).join("/");
  if (!reportAt(sourcePath)) return undefined;
  const { archive, diagnostics } = await loadArchive(contentDir, { cache: fileCache });
  if (hasErrors(diagnostics)) return undefined;
  const group = archive.groups.find((g) => g.reports.some((r) => r.sourcePath === sourcePath));
  const index = group?.reports.findIndex((r) => r.sourcePath === sourcePath) ?? -1;
  if (!group || index === -1) return undefined;

  const ctx = contextFor(archive, options);
  const view = reportPage(group.reports[index]!, ctx, group.reports[index - 1], group.reports[index + 1]);
  const { render } = await import("../../templates/pages/report.ts");
  const views = { layout: layoutView(ctx) } as SiteViews; // the report template reads only the layout
  const out = path.join(outputDir, view.permalink);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, addPathPrefix(render(views, view), options.pathPrefix));
  return out;
}
