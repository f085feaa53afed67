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
const NOT_MODELLED_PARTS: readonly RegExp[] = [
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
  // (At the start of the block, also where the parts below are joined with the `m` flag.)
  /(?<![\s\S])\n*[ ]/,
];

/** The parts as one pattern: one pass over each block instead of seven (0.05 s per 1,000 reports). */
const NOT_MODELLED = new RegExp(NOT_MODELLED_PARTS.map((part) => part.source).join("|"), "mu");

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

/** Whether `source` holds anything this path may read otherwise than ./yaml.ts, or that ./yaml.ts may warn about. */
export function notModelled(source: string): boolean {
  return NOT_MODELLED.test(source) || hasLongLine(source) || continuesOnNextLine(source);
}

/** The front-matter's fields, or undefined when only ./yaml.ts can be trusted to read `source`. */
export function parseYamlFast(source: string): Record<string, unknown> | undefined {
  if (notModelled(source)) return undefined;
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
 * and quotes inside other text count too, which only costs speed. Only the lines with a bracket or
 * a quote are looked at (a report's block has a few among a hundred).
 */
function continuesOnNextLine(source: string): boolean {
  if (!/[[{"']/.test(source)) return false;
  BRACKET_OR_QUOTE.lastIndex = 0;
  for (let hit = BRACKET_OR_QUOTE.exec(source); hit; hit = BRACKET_OR_QUOTE.exec(source)) {
    const start = source.lastIndexOf("\n", hit.index) + 1;
    const newline = source.indexOf("\n", hit.index);
    const end = newline === -1 ? source.length : newline;
    if (lineContinues(source, start, end)) return true;
    BRACKET_OR_QUOTE.lastIndex = end + 1;
  }
  return false;
}

const BRACKET_OR_QUOTE = /[[\]{}"']/g;

/**
 * Whether the line `source[start, end)` leaves a bracket or a quote open: its brackets do not
 * balance, or quoted text starts (at the line's start, or after a space, a flow indicator or `:`)
 * and the line ends before its closing quote.
 */
function lineContinues(source: string, start: number, end: number): boolean {
  let open = 0;
  let quote = 0;
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    open += bracket(code);
    if (quote !== 0) {
      if (quote === DOUBLE && code === 0x5c) {
        // The escaped character is skipped, a bracket or not; an escape that ends the line leaves the quote open.
        if (i + 1 >= end) return true;
        open += bracket(source.charCodeAt(++i));
      } else if (code === quote && quote === SINGLE && i + 1 < end && source.charCodeAt(i + 1) === SINGLE) i++;
      else if (code === quote) quote = 0;
    } else if ((code === DOUBLE || code === SINGLE) && (i === start || QUOTE_MAY_FOLLOW.test(source[i - 1]!))) quote = code;
  }
  return quote !== 0 || open !== 0;
}

const DOUBLE = 0x22;
const SINGLE = 0x27;

/** What may come before the start of quoted text (tried only at a quote). */
const QUOTE_MAY_FOLLOW = /[\s[\]{},:]/;

/** An opening bracket counts one, a closing one minus one. */
const bracket = (code: number) => (code === 0x5b || code === 0x7b ? 1 : code === 0x5d || code === 0x7d ? -1 : 0);

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
  for (const key in value) {
    if (key === "" || key.length > MAX_KEY_LENGTH || keyResolvesToNonString(key)) return false;
    if (!keysReadAlike(value[key], depth + 1)) return false;
  }
  return true;
}

/** Field names repeat in every report: each is judged once (up to a bound, as keys are content). */
const judgedKeys = new Map<string, boolean>();
const MAX_JUDGED_KEYS = 4096;

function keyResolvesToNonString(key: string): boolean {
  let judged = judgedKeys.get(key);
  if (judged === undefined) {
    judged = resolvesToNonString(key);
    if (judgedKeys.size < MAX_JUDGED_KEYS) judgedKeys.set(key, judged);
  }
  return judged;
}
