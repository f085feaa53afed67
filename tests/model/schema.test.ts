import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { schemaFiles } from "../../src/cli/write-schema.ts";
import { reportSchema } from "../../src/model/schema.ts";

describe("the JSON Schema for editors", () => {
  it.each(Object.keys(schemaFiles()))("%s is up to date with src/model/schema.ts (run npm run schema)", async (file) => {
    expect(await readFile(file, "utf8")).toBe(schemaFiles()[file]);
  });

  it("describes what a chair types: persons as strings or objects, enums as lists", () => {
    const report = JSON.parse(schemaFiles()["schema/report.schema.json"]!);
    expect(report.additionalProperties).toBe(false);
    expect(report.properties.authors.items.anyOf.map((s: { type: string }) => s.type)).toEqual(["string", "object"]);
    const status = report.properties.workProducts.items.properties.status;
    expect(status.enum).toEqual(["proposed", "planned", "in-progress", "blocked", "done", "dropped"]);
    expect(report.properties.agenda.items.required).toEqual(["date", "title"]);
  });
});

describe("the schema", () => {
  it("normalises a bare-string person to { name }", () => {
    const parsed = reportSchema.parse({ authors: ["Ada", { name: "Bob", org: "X" }] });
    expect(parsed.authors).toEqual([{ name: "Ada" }, { name: "Bob", org: "X" }]);
  });
});
