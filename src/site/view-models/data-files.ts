// Files for reuse beside the pages: every model as JSON (reports.json) and the editors' JSON
// Schemas, generated from the one zod schema so they cannot drift from what the build accepts.
import { jsonSchemas } from "../../model/schema.ts";
import type { Piece } from "../reused-pieces.ts";
import { urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";

export interface DataFileView {
  permalink: string;
  content: string;
}

export interface StreamedFileView {
  permalink: string;
  chunks(): Iterable<Piece>;
}

/** The editors' JSON Schemas: small, written whole. */
export function dataFiles(): DataFileView[] {
  return (Object.entries(jsonSchemas()) as [string, object][]).map(([name, schema]) => ({
    permalink: urls.schema(name),
    content: `${JSON.stringify(schema, null, 2)}\n`,
  }));
}

/**
 * /reports.json, `{"site":…,"groups":[…],"reports":[…]}`, in pieces of one report each: the whole
 * archive as one string is 170 MB at 10,000 reports, and past V8's longest string at 30,000.
 * Joined, the pieces are exactly JSON.stringify of the whole. A report's piece is keyed by its front
 * matter, kept while its file is unchanged, and names what else it is made of: after a save the
 * dev server makes only the saved report's JSON again (../reused-pieces.ts).
 */
export function* reportsJson(ctx: ViewContext): Generator<Piece> {
  const { archive } = ctx;
  const groups = archive.groups.map((g) => ({
    slug: g.slug,
    url: urls.group(g.slug),
    sourcePath: g.sourcePath,
    name: g.name,
    data: g.data,
    description: g.description,
    reports: g.reports.map((r) => r.quarter.id),
  }));
  yield `{"site":${JSON.stringify(archive.site)},"groups":${JSON.stringify(groups)},"reports":[`;
  let first = true;
  for (const r of archive.reports) {
    const model = {
      group: r.group,
      quarter: r.quarter.id,
      url: urls.report(r),
      sourcePath: r.sourcePath,
      title: r.title,
      summary: r.summary,
      authors: r.authors,
      data: r.data,
      sections: r.sections,
    };
    const comma = first ? "" : ",";
    // The piece is made of its model's values, so no field can be left out of the comparison.
    yield { key: r.data, parts: [comma, ...Object.values(model)], text: () => comma + JSON.stringify(model) };
    first = false;
  }
  yield "]}";
}
