// /schema/*.schema.json: the editors' schemas (reports.json is streamed, see src/site/write-pages.ts).
import type { DataFileView } from "../src/site/view-models/data-files.ts";
import type { PageData } from "./components/types.ts";

type Data = PageData<"file", DataFileView>;

export const data = {
  pagination: { data: "views.dataFiles", size: 1, alias: "file", addAllPagesToCollections: false },
  permalink: (d: Data) => d.file.permalink,
  eleventyExcludeFromCollections: true,
};

export function render({ file }: Data): string {
  return file.content;
}
