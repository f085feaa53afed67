// `npm run schema`: writes the editors' JSON Schemas generated from src/model/schema.ts.
// A test fails when the committed copies are stale.
import { mkdir, writeFile } from "node:fs/promises";
import { jsonSchemas } from "../model/schema.ts";

export const SCHEMA_DIR = "schema";

export function schemaFiles(): Record<string, string> {
  const schemas = jsonSchemas();
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [`${SCHEMA_DIR}/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`]),
  );
}

if (process.argv[1]?.endsWith("write-schema.ts")) {
  await mkdir(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of Object.entries(schemaFiles())) {
    await writeFile(file, text);
    console.log(`wrote ${file}`);
  }
}
