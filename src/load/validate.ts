// Runs the schema and turns each zod issue into a diagnostic a chair can act on:
// where (line, column, field path), what was expected, what was found, and a hint.
import { z } from "zod";
import { type Diagnostic, type DiagnosticCode, describeValue, diagnostic, fieldPath } from "./diagnostics.ts";
import { nearestName } from "./suggest.ts";
import type { Locator } from "./yaml-positions.ts";

type Issue = z.core.$ZodIssue;

export type Validated<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  locator: Locator,
): Validated<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  const reserved = reservedNames(schema, data, file, locator);
  if (result.success && reserved.length === 0) return { ok: true, value: result.data, diagnostics: [] };
  const diagnostics = result.success ? [] : result.error.issues.flatMap((issue) => toDiagnostics(schema, issue, [], data, file, locator));
  return { ok: false, diagnostics: [...diagnostics, ...reserved] };
}

/**
 * Where the format takes any name as a key (diversity.sectors), zod drops a key named __proto__
 * without a word (assigning it would replace the result's prototype). Said instead of lost; in a
 * fixed list of fields it is already an unknown field.
 */
function reservedNames(schema: z.ZodType, data: unknown, file: string, locator: Locator): Diagnostic[] {
  // Almost no file has such a key: a plain look through the data first spares every file the
  // walk along the schema below (a tenth of validating a report).
  if (!hasOwnProtoKey(data, new Set())) return [];
  const found: Diagnostic[] = [];
  const seen = new Set<object>();
  // Follows the schema down, so only data the schema describes is visited.
  const walk = (node: unknown, at: z.ZodType, path: PropertyKey[]) => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (!Array.isArray(node) && Object.hasOwn(node, "__proto__") && takesAnyName(at)) {
      found.push(
        diagnostic("reserved-name", file, {
          ...locator.key(path, "__proto__"),
          field: fieldPath([...path, "__proto__"]),
          message: `"__proto__" cannot be a name in ${fieldPath(path)}: it would be dropped, so it is refused.`,
          expected: "a name other than __proto__",
          found: JSON.stringify("__proto__"),
        }),
      );
    }
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== "object" || value === null) continue;
      const segment = Array.isArray(node) ? Number(key) : key;
      const inner = schemaAt(at, [segment]);
      if (inner) walk(value, inner, [...path, segment]);
    }
  };
  walk(data, schema, []);
  return found;
}

function hasOwnProtoKey(node: unknown, seen: Set<object>): boolean {
  if (typeof node !== "object" || node === null || seen.has(node)) return false;
  seen.add(node);
  if (!Array.isArray(node) && Object.hasOwn(node, "__proto__")) return true;
  for (const value of Object.values(node)) if (hasOwnProtoKey(value, seen)) return true;
  return false;
}

const takesAnyName = (node: z.ZodType | undefined) => {
  const catchall = (defOf(unwrap(node)) as { catchall?: unknown } | undefined)?.catchall;
  return catchall !== undefined && defOf(catchall)?.type !== "never";
};

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list (lines starting with `- `)",
  object: "a group of fields (indented `name: value` lines)",
};

function toDiagnostics(
  schema: z.ZodType,
  issue: Issue,
  prefix: PropertyKey[],
  root: unknown,
  file: string,
  locator: Locator,
): Diagnostic[] {
  const path = [...prefix, ...issue.path];
  const field = fieldPath(path);
  const input = "input" in issue ? issue.input : undefined;
  const found = describeValue(input);
  const at = locator.value(path);

  const make = (code: DiagnosticCode, expected: string, extra: { hint?: string; message?: string } = {}) =>
    diagnostic(code, file, {
      ...at,
      field,
      expected,
      found,
      message: extra.message ?? `expected ${expected}, found ${found}.`,
      ...(extra.hint !== undefined && { hint: extra.hint }),
    });

  const missing = (at: PropertyKey[], expected: string) => {
    const name = String(at.at(-1) ?? "");
    return diagnostic("missing-field", file, {
      ...locator.value(at.slice(0, -1)),
      field: fieldPath(at),
      message: `${JSON.stringify(name)} is required${at.length > 1 ? ` in ${fieldPath(at.slice(0, -1))}` : ""}, and it is missing.`,
      expected,
      found: "nothing",
      hint: `Add a line \`${name}: …\`${expected.startsWith("one of ") ? ` with ${expected}` : ""}.`,
    });
  };

  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const known = knownKeys(schema, path);
        const suggestion = nearestName(key, known);
        const where = field === "" ? "at the top level" : `in ${field}`;
        return diagnostic("unknown-field", file, {
          ...locator.key(path, key),
          field: fieldPath([...path, key]),
          message: `${JSON.stringify(key)} is not a field ${where}${suggestion ? `. Did you mean ${JSON.stringify(suggestion)}?` : "."}`,
          expected: known.length > 0 ? `one of ${known.join(", ")}` : "no other field",
          found: JSON.stringify(key),
          hint: suggestion
            ? `Rename it to ${suggestion}.`
            : `The fields allowed ${where} are: ${known.join(", ")}.`,
        });
      });
    case "invalid_union": {
      // person: a name or { name, … }. Report the branch that matches the kind of value given.
      const branches = issue.errors.filter((errors) => !errors.some((e) => e.code === "invalid_type" && e.path.length === 0));
      const chosen = branches[0] ?? issue.errors[0] ?? [];
      if (branches.length === 0) {
        return [make("invalid-type", "a name, or a group of fields with at least `name`")];
      }
      return chosen.flatMap((inner) => toDiagnostics(schema, inner, path, root, file, locator));
    }
    case "invalid_type": {
      const node = schemaAt(schema, path);
      if (input === undefined) return [missing(path, issue.message.startsWith("Invalid") ? TYPE_WORDS[issue.expected] ?? issue.expected : issue.message)];
      const expected = issue.message.startsWith("Invalid") ? (TYPE_WORDS[issue.expected] ?? issue.expected) : issue.message;
      // A date given as a bare number (`date: 2019`) is a date problem, and quoting it would not help.
      if (/calendar day/.test(expected)) return [make("invalid-date", expected)];
      return [make("invalid-type", expected, typeHint(issue.expected, input, node, path))];
    }
    case "invalid_value": {
      // A required choice left out (`status:` missing) is a missing field, not a wrong value.
      if (input === undefined && !hasValueAt(root, path)) return [missing(path, `one of ${issue.values.map(String).join(" | ")}`)];
      const choices = issue.values.map((v) => String(v)).join(" | ");
      const suggestion = typeof input === "string" ? nearestName(input, issue.values.map(String)) : undefined;
      return [
        make("invalid-value", `one of ${choices}`, {
          hint: suggestion ? `Did you mean ${JSON.stringify(suggestion)}?` : `Use one of: ${choices}.`,
        }),
      ];
    }
    case "too_small":
    case "too_big":
      return [make("out-of-range", issue.message.startsWith("Too") ? rangeWords(issue) : issue.message)];
    case "invalid_format":
      return [make("invalid-value", issue.message)];
    case "custom": {
      const expected = issue.message;
      if (/http:\/\/, https:\/\/ or mailto/.test(expected) && typeof input === "string") {
        return [make("unsafe-link", expected)];
      }
      if (/ in a year from | at most \d+ bytes/.test(expected)) return [make("out-of-range", expected)];
      if (/calendar day/.test(expected)) return [make("invalid-date", expected)];
      return [make("invalid-value", expected)];
    }
    default:
      return [make("invalid-value", issue.message)];
  }
}

/** What to do about a value of the wrong kind, said only when it would actually fix it. */
function typeHint(expected: string, input: unknown, node: z.ZodType | undefined, path: readonly PropertyKey[]): { hint?: string } {
  if (input === null) return { hint: "Give the field a value, or delete the line." };
  if ((typeof input === "number" || typeof input === "boolean") && node?.safeParse(String(input)).success) {
    return { hint: `Put the value in quotes to make it text, e.g. "${String(input)}".` };
  }
  if (typeof input === "string" && (expected === "number" || expected === "int") && input.trim() !== "" && Number.isFinite(Number(input))) {
    return { hint: `Remove the quotes: numbers are written bare, e.g. ${input.trim()}.` };
  }
  const percent = typeof input === "string" ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(input) : null;
  if (percent && expected === "number") {
    return { hint: `Write a share as a number between 0 and 1: ${percent[1]}% is ${Number(percent[1]) / 100}.` };
  }
  const name = String(path.at(-1) ?? "field");
  if (expected === "array" && input !== null && typeof input !== "object") {
    return { hint: `Write it as a list, each item on its own line under \`${typeof path.at(-1) === "number" ? "…" : name}:\` starting with \`- \`.` };
  }
  if (expected === "object" && node !== undefined) {
    const fields = knownKeys(node, []);
    if (fields.length > 0) return { hint: `Write it as indented fields: ${fields.map((f) => `${f}: …`).join(", ")}.` };
  }
  return {};
}

/** Whether the data holds anything (even null) at `path`. */
function hasValueAt(root: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return true;
}

function rangeWords(issue: Issue & { code: "too_small" | "too_big" }): string {
  const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
  const op = issue.code === "too_small" ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
  return issue.origin === "array" ? `a list of ${op} ${String(bound)} items` : `a value ${op} ${String(bound)}`;
}

type Def = { type: string; innerType?: unknown; in?: unknown; options?: unknown[]; element?: unknown; shape?: Record<string, unknown> };
const defOf = (s: unknown) => (s as { def?: Def }).def;

/** Looks through optional/default/nullable/pipe wrappers, and into a union's object branch (a person). */
function unwrap(s: unknown): unknown {
  for (;;) {
    const def = defOf(s);
    if (!def) return s;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") s = def.innerType;
    else if (def.type === "pipe") s = def.in;
    else if (def.type === "union") {
      const object = def.options?.find((o) => defOf(o)?.type === "object");
      if (!object) return s;
      s = object;
    } else return s;
  }
}

/** The schema of the value at `path`, if the path leads anywhere in the schema. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let node: unknown = schema;
  for (const segment of path) {
    const def = defOf(unwrap(node));
    if (def?.type === "array" && typeof segment === "number") node = def.element;
    else if (def?.type === "object" && def.shape && typeof segment === "string" && Object.hasOwn(def.shape, segment)) node = def.shape[segment];
    else return undefined;
  }
  return node as z.ZodType;
}

/** The field names the schema allows at `path`, for "did you mean". */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const node = schemaAt(schema, path);
  const def = node && defOf(unwrap(node));
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
