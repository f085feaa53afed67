// Files for reuse beside the pages: every model as JSON (reports.json) and the editors' JSON
// Schemas, generated from the one zod schema so they cannot drift from what the build accepts.
import { jsonSchemas } from "../../model/schema.ts";
import { urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";

export interface DataFileView {
  permalink: string;
  content: string;
}

export function dataFiles(ctx: ViewContext): DataFileView[] {
  const { archive } = ctx;
  const models = {
    site: archive.site,
    groups: archive.groups.map((g) => ({
      slug: g.slug,
      url: urls.group(g.slug),
      sourcePath: g.sourcePath,
      name: g.name,
      data: g.data,
      description: g.description,
      reports: g.reports.map((r) => r.quarter.id),
    })),
    reports: archive.reports.map((r) => ({
      group: r.group,
      quarter: r.quarter.id,
      url: urls.report(r),
      sourcePath: r.sourcePath,
      title: r.title,
      summary: r.summary,
      authors: r.authors,
      data: r.data,
      sections: r.sections,
    })),
  };
  const schemas = jsonSchemas();
  return [
    { permalink: urls.reportsJson, content: JSON.stringify(models) },
    ...(Object.entries(schemas) as [string, object][]).map(([name, schema]) => ({
      permalink: urls.schema(name),
      content: `${JSON.stringify(schema, null, 2)}\n`,
    })),
  ];
}
