// A js-yaml schema that reads plain scalars exactly as the `yaml` package's YAML 1.2 core schema
// does (node_modules/yaml/dist/schema/core/*.js): the same patterns, tried in the same order, turned
// into the same values. js-yaml's own CORE/JSON schemas differ (`1_000`, `0b11`, `+.5`, …), and its
// default schema adds timestamps (`2019-04-12` must stay text) and merge keys, so none is used.
import { FAILSAFE_SCHEMA, type Schema, Type } from "js-yaml";

interface Form {
  test: RegExp;
  value(text: string): unknown;
}

/** The core schema's forms, by tag, in the order the `yaml` package tries them. */
const CORE_FORMS: Record<"null" | "bool" | "int" | "float", readonly Form[]> = {
  null: [{ test: /^(?:~|[Nn]ull|NULL)?$/, value: () => null }],
  bool: [{ test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, value: (text) => text[0] === "t" || text[0] === "T" }],
  int: [
    { test: /^0o[0-7]+$/, value: (text) => parseInt(text.substring(2), 8) },
    { test: /^[-+]?[0-9]+$/, value: (text) => parseInt(text, 10) },
    { test: /^0x[0-9a-fA-F]+$/, value: (text) => parseInt(text.substring(2), 16) },
  ],
  float: [
    {
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      value: (text) => (text.slice(-3).toLowerCase() === "nan" ? NaN : text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
    },
    { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, value: parseFloat },
    { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, value: parseFloat },
  ],
};

/**
 * The first characters each tag's forms can start with (or "" for the empty null): js-yaml asks
 * every plain scalar of every report, and most are prose that no form matches, so the patterns
 * are only tried on text that could match one.
 */
const CAN_START: Record<keyof typeof CORE_FORMS, RegExp> = {
  null: /^(?:$|[~Nn])/,
  bool: /^[TtFf]/,
  int: /^[-+0-9]/,
  float: /^[-+.0-9]/,
};

const formOf = (forms: readonly Form[], text: string) => forms.find((form) => form.test.test(text));
const tagForm = (tag: keyof typeof CORE_FORMS, text: string) => (CAN_START[tag].test(text) ? formOf(CORE_FORMS[tag], text) : undefined);

// js-yaml keeps one implicit type per tag (a later one replaces an earlier one), so each tag's
// forms share one type.
const typeOf = (tag: keyof typeof CORE_FORMS) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (text: string) => tagForm(tag, text) !== undefined,
    construct: (text: string) => tagForm(tag, text)!.value(text),
  });

export const CORE_SCHEMA_AS_YAML_PACKAGE: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [typeOf("null"), typeOf("bool"), typeOf("int"), typeOf("float")],
});

/** Plain text that the core schema reads as null, a boolean or a number rather than as text. */
export function resolvesToNonString(text: string): boolean {
  return (Object.keys(CORE_FORMS) as (keyof typeof CORE_FORMS)[]).some((tag) => tagForm(tag, text) !== undefined);
}
