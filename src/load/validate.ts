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
  if (result.success) return { ok: true, value: result.data, diagnostics: [] };
  const diagnostics = result.error.issues.flatMap((issue) => toDiagnostics(schema, issue, [], data, file, locator));
  return { ok: false, diagnostics };
}

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
      if (input === undefined) {
        const name = String(path.at(-1) ?? "");
        return [
          diagnostic("missing-field", file, {
            ...locator.value(path.slice(0, -1)),
            field,
            message: `${JSON.stringify(name)} is required${path.length > 1 ? ` in ${fieldPath(path.slice(0, -1))}` : ""}, and it is missing.`,
            expected: issue.message.startsWith("Invalid") ? TYPE_WORDS[issue.expected] ?? issue.expected : issue.message,
            found: "nothing",
            hint: `Add a line \`${name}: …\`.`,
          }),
        ];
      }
      const expected = issue.message.startsWith("Invalid") ? (TYPE_WORDS[issue.expected] ?? issue.expected) : issue.message;
      const hint =
        issue.expected === "string" && (typeof input === "number" || typeof input === "boolean")
          ? `Put the value in quotes to make it text, e.g. "${String(input)}".`
          : input === null
            ? "Give the field a value, or delete the line."
            : undefined;
      return [make("invalid-type", expected, hint !== undefined ? { hint } : {})];
    }
    case "invalid_value": {
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
      if (/calendar day/.test(expected)) return [make("invalid-date", expected)];
      return [make("invalid-value", expected)];
    }
    default:
      return [make("invalid-value", issue.message)];
  }
}

function rangeWords(issue: Issue & { code: "too_small" | "too_big" }): string {
  const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
  const op = issue.code === "too_small" ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
  return issue.origin === "array" ? `a list of ${op} ${String(bound)} items` : `a value ${op} ${String(bound)}`;
}

/** The field names the schema allows at `path`, for "did you mean". */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    for (;;) {
      const def = (s as { def?: { type: string; innerType?: unknown; in?: unknown; options?: unknown[] } }).def;
      if (!def) return s;
      if (def.type === "optional" || def.type === "default" || def.type === "nullable") s = def.innerType;
      else if (def.type === "pipe") s = def.in;
      else if (def.type === "union") s = def.options?.find((o) => (o as { def: { type: string } }).def.type === "object") ?? s;
      else return s;
      if ((s as { def?: { type: string } }).def?.type === "union" && def.type === "union") return s;
    }
  };
  node = unwrap(node);
  for (const segment of path) {
    const def = (node as { def: { type: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (def.type === "array" && typeof segment === "number") node = unwrap(def.element);
    else if (def.type === "object" && def.shape && typeof segment === "string" && segment in def.shape) node = unwrap(def.shape[segment]);
    else return [];
  }
  const def = (node as { def: { type: string; shape?: Record<string, unknown> } }).def;
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
