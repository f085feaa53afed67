// The fast YAML path's guards (src/load/yaml-fast.ts notModelled) were made cheaper: seven patterns
// joined into one, and the lines left open found in one pass. They must decide exactly as the
// patterns and the line-by-line check they replace, which are kept here as the reference.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { notModelled } from "../../src/load/yaml-fast.ts";

const REFERENCE_PATTERNS: readonly RegExp[] = [
  /[^\n\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]/u,
  /^(?:---|\.\.\.|%)/m,
  /(?:^|[\s[\]{},:])[&*!]/m,
  /(?:^|\s)#/m,
  /(?:^|[\s[{,])\?(?:[\s,\]}]|$)/m,
  /[\]}]\s*:(?:[\s,\]}]|$)/m,
  /^\n*[ ]/,
];

function referenceHasLongLine(source: string): boolean {
  return source.split("\n").some((line) => line.length >= 1000);
}

function referenceBracketsLeftOpen(line: string): boolean {
  let open = 0;
  for (const char of line) {
    if (char === "[" || char === "{") open++;
    else if (char === "]" || char === "}") open--;
  }
  return open !== 0;
}

function referenceQuoteLeftOpen(line: string): boolean {
  const start = /(?:^|[\s[\]{},:])(["'])/g;
  for (let match = start.exec(line); match; match = start.exec(line)) {
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
    start.lastIndex = i + 1;
  }
  return false;
}

function referenceNotModelled(source: string): boolean {
  if (REFERENCE_PATTERNS.some((pattern) => pattern.test(source)) || referenceHasLongLine(source)) return true;
  if (!/[[{"']/.test(source)) return false;
  return source.split("\n").some((line) => referenceBracketsLeftOpen(line) || referenceQuoteLeftOpen(line));
}

// Every character the guards look at, and a few they let through.
const ALPHABET = ["a", "b", "1", " ", " ", "\n", "\n", ":", "-", ".", "%", "#", "&", "*", "!", "?", ",", "[", "]", "{", "}", '"', "'", "\\", "\t", "\r", "\u00a0", "\u3000", "\u2028", "é", "字", "🙂", "\ufeff"];

describe("the fast YAML path's guards decide as the patterns they replace", () => {
  it("on generated text", () => {
    let modelled = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const source = chars.join("");
        const expected = referenceNotModelled(source);
        if (!expected) modelled++;
        expect(notModelled(source), JSON.stringify(source)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
    expect(modelled).toBeGreaterThan(100);
  });

  it("on lines of front matter", () => {
    const line = fc.oneof(
      fc.constantFrom("title: Q3 report", "  - name: Ann O'Neil", "tags: [a, b]", "tags: [a,", "  b]", 'note: "a \\" b"', 'note: "open', "note: 'it''s'", "note: 'open", "x: {a: 1}", "x: {a: 1", "  title: fine", "a: b # c", "? key", "[a]: b", "%YAML", "---", "...", "summary: Q&A", "who: *me"),
      fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((chars) => chars.join("")),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const source = `${lines.join("\n")}\n`;
        expect(notModelled(source), JSON.stringify(source)).toBe(referenceNotModelled(source));
      }),
      { numRuns: 5_000 },
    );
  });

  it("on long lines", () => {
    for (const length of [998, 999, 1000, 1001]) {
      const source = `summary: ${"x".repeat(length - 9)}\nnext: 1\n`;
      expect(notModelled(source)).toBe(referenceNotModelled(source));
    }
  });
});
