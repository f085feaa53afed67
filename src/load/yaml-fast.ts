// The fast path for ordinary front-matter. js-yaml parses a report's block about ten times faster
// than `yaml`'s parseDocument (≈0.12 ms against ≈1.5 ms), because it builds plain values and no
// document tree with positions. `yaml` stays the reference and the source of every diagnostic
// (./yaml.ts): it keeps positions, reports duplicate keys and tabs precisely, and refuses alias
// bombs. So this path only answers where it is sure to agree with ./yaml.ts and that ./yaml.ts
// would say nothing; otherwise it returns undefined and the caller takes the slow path.
import { load } from "js-yaml";
import { CORE_SCHEMA_AS_YAML_PACKAGE, resolvesToNonString } from "./yaml-core-schema.ts";

/**
 * Text this path does not model exactly like ./yaml.ts, or on which ./yaml.ts may warn. Deliberately
 * coarse: each also matches harmless text (a `*` in a sentence), which only costs speed.
 */
const NOT_MODELLED: readonly RegExp[] = [
  // Tabs (an error in indentation), and characters the two parsers may treat differently: controls,
  // \r, NEL, line and paragraph separators, BOM, lone surrogates.
  /[^\n\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]/u,
  // Document markers and directives: a second document, `%YAML`.
  /^(?:---|\.\.\.|%)/m,
  // Anchors, aliases and tags, which start a node: after a space, a flow indicator, `:` or a line start.
  /(?:^|[\s[\]{},:])[&*!]/m,
  // Comments: ./yaml.ts warns that `title: Item #1` drops "#1" (yaml-comment-dropped).
  /(?:^|\s)#/m,
  // Complex keys: `? key`, and a flow collection as a key (`[a, b]: x`).
  /(?:^|[\s[{,])\?(?:[\s,\]}]|$)/m,
  /[\]}]\s*:(?:[\s,\]}]|$)/m,
  // Fields that do not start at the first column: js-yaml accepts a later line indented less.
  /^\n*[ ]/,
];

/** Lines long enough to trip the 1024-character limit on an implicit key (a loop: `/^.{1000}/m` tried 1,000 characters at every line start). */
const LONG_LINE = 1000;

function hasLongLine(source: string): boolean {
  for (let start = 0; start < source.length; ) {
    const end = source.indexOf("\n", start);
    const stop = end === -1 ? source.length : end;
    if (stop - start >= LONG_LINE) return true;
    start = stop + 1;
  }
  return false;
}

/** Deeper than any report; the two parsers may give out at different depths. */
const MAX_DEPTH = 64;
/** Longer than any field name; `yaml` limits an implicit key to 1024 characters of source. */
const MAX_KEY_LENGTH = 100;

/** The front-matter's fields, or undefined when only ./yaml.ts can be trusted to read `source`. */
export function parseYamlFast(source: string): Record<string, unknown> | undefined {
  if (NOT_MODELLED.some((pattern) => pattern.test(source)) || hasLongLine(source) || continuesOnNextLine(source)) return undefined;
  let data: unknown;
  try {
    data = load(source, { schema: CORE_SCHEMA_AS_YAML_PACKAGE });
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return {};
  if (!isFieldMap(data) || !keysReadAlike(data, 0)) return undefined;
  return data;
}

/**
 * A flow collection or quoted text that goes on to the next line: `yaml` requires the continuation
 * to be indented more than the field, js-yaml does not. Checked line by line, coarsely: brackets
 * and quotes inside other text count too, which only costs speed.
 */
function continuesOnNextLine(source: string): boolean {
  if (!/[[{"']/.test(source)) return false;
  return source.split("\n").some((line) => bracketsLeftOpen(line) || quoteLeftOpen(line));
}

function bracketsLeftOpen(line: string): boolean {
  let open = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x5b || code === 0x7b) open++;
    else if (code === 0x5d || code === 0x7d) open--;
  }
  return open !== 0;
}

/** Where quoted text may start: at the start of a node, not inside a word such as `it's`. */
const QUOTE_START = /(?:^|[\s[\]{},:])(["'])/g;

function quoteLeftOpen(line: string): boolean {
  QUOTE_START.lastIndex = 0;
  for (let match = QUOTE_START.exec(line); match; match = QUOTE_START.exec(line)) {
    const quote = match[1]!;
    let i = match.index + match[0].length;
    for (;;) {
      if (i >= line.length) return true;
      const char = line[i]!;
      if (quote === '"' && char === "\\") i += 2;
      else if (char === quote && quote === "'" && line[i + 1] === "'") i += 2;
      else if (char === quote) break;
      else i++;
    }
    QUOTE_START.lastIndex = i + 1;
  }
  return false;
}

const isFieldMap = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * js-yaml turns a key into text with String(), `yaml` turns a null key into "" and compares keys
 * for duplicates before turning them into text. Keys that are plain text, as every field name is,
 * read alike in both; anything else is left to ./yaml.ts.
 */
function keysReadAlike(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => keysReadAlike(item, depth + 1));
  if (!isFieldMap(value)) return true;
  for (const [key, item] of Object.entries(value)) {
    if (key === "" || key.length > MAX_KEY_LENGTH || resolvesToNonString(key)) return false;
    if (!keysReadAlike(item, depth + 1)) return false;
  }
  return true;
}
