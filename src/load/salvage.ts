// When a file fails validation it is not published, but the checks beyond the schema (quarter
// matches the file name, sessions inside the quarter, …) must still run on the parts that are
// valid: "all errors in all files in one run", not one more round-trip per fix. This keeps each
// top-level field that validates on its own and, in a list, each item that does (a bad item leaves
// a hole, so the others keep their index for `agenda[3].date`). The result feeds checks only.
import type { z } from "zod";

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let def = defOf(s); (def.type === "optional" || def.type === "default") && def.innerType; def = defOf(s)) s = def.innerType;
  return s;
}

export function salvage(schema: z.ZodType, data: unknown): Record<string, unknown> {
  const shape = defOf(unwrap(schema)).shape;
  if (!shape || typeof data !== "object" || data === null || Array.isArray(data)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(shape)) {
    if (!Object.hasOwn(data, key)) continue;
    const value = (data as Record<string, unknown>)[key];
    const whole = fieldSchema.safeParse(value);
    if (whole.success) {
      if (whole.data !== undefined) out[key] = whole.data;
      continue;
    }
    const element = defOf(unwrap(fieldSchema)).element;
    if (element && Array.isArray(value)) {
      const items: unknown[] = new Array(value.length);
      value.forEach((item, i) => {
        const parsed = element.safeParse(item);
        if (parsed.success) items[i] = parsed.data;
      });
      out[key] = items;
    }
  }
  return out;
}
