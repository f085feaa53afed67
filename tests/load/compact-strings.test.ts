import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { compactString, compactStrings, shareShortStrings } from "../../src/compact-strings.ts";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** Heap in use, after collecting, while `keep` is alive; in MiB. */
function liveMiB(keep: unknown): number {
  gc();
  gc();
  const used = process.memoryUsage().heapUsed / 2 ** 20;
  expect(keep).toBeDefined();
  return used;
}

// 100 fields, each a short substring of its own 256 KiB document, as js-yaml leaves them.
function slicedFields(): string[] {
  return Array.from({ length: 100 }, (_, i) => {
    const document = `${String(i).padStart(4, "0")}${"x".repeat(256 * 1024)}`;
    return document.slice(0, 40);
  });
}

describe("compactString", () => {
  it("gives the same text", () => {
    const document = "title: Quarterly report of the Identity SIG\nsummary: A good quarter";
    for (const text of [document.slice(7, 43), "short", "", "a".repeat(13), "é and 字 and 🙂 in a longer line"]) {
      expect(compactString(text)).toBe(text);
    }
  });

  it("lets the string it was cut from be collected", () => {
    const base = liveMiB(0);
    const sliced = slicedFields();
    const withParents = liveMiB(sliced) - base;
    const compacted = slicedFields().map(compactString);
    const withoutParents = liveMiB([sliced, compacted]) - base - withParents;
    expect(withParents).toBeGreaterThan(20); // 100 × 256 KiB held by 100 slices of 40 characters
    expect(withoutParents).toBeLessThan(2);
  });

  it("flattens a string built by concatenation", () => {
    const base = liveMiB(0);
    const built = (flat: boolean) =>
      Array.from({ length: 20_000 }, (_, i) => {
        let markup = "<li>";
        for (let j = 0; j < 30; j++) markup += `${i}-${j}` + "<a>";
        return flat ? compactString(markup) : markup;
      });
    const trees = built(false);
    const asTrees = liveMiB(trees) - base;
    const flat = built(true);
    const asFlat = liveMiB([trees, flat]) - base - asTrees;
    expect(flat).toEqual(trees);
    expect(asFlat).toBeLessThan(asTrees / 2);
  });
});

describe("compactStrings", () => {
  it("replaces the strings of nested objects and arrays in place, and keeps everything else", () => {
    const document = `${"front matter ".repeat(10)}`;
    const value = {
      title: document.slice(0, 30),
      count: 3,
      missing: undefined,
      agenda: [{ title: document.slice(13, 50), presenters: [{ name: document.slice(26, 60) }] }, undefined, "plain"],
    };
    const agenda = value.agenda;
    const result = compactStrings(value);
    expect(result).toBe(value);
    expect(result.agenda).toBe(agenda);
    expect(result).toEqual({
      title: document.slice(0, 30),
      count: 3,
      missing: undefined,
      agenda: [{ title: document.slice(13, 50), presenters: [{ name: document.slice(26, 60) }] }, undefined, "plain"],
    });
  });

  it("reaches the strings of nested objects and arrays", () => {
    const base = liveMiB(0);
    const report = compactedReport();
    expect(liveMiB(report) - base).toBeLessThan(4); // 200 × 256 KiB if one were missed
  });
});

// Made apart, so that no variable of the test's own holds the uncompacted strings.
function compactedReport() {
  return compactStrings({ data: { agenda: slicedFields().map((title) => ({ title, presenters: [{ name: title }] })) }, sections: slicedFields() });
}

// 200,000 strings of one short value, each made apart (as each report's YAML or JSON makes its own).
function copiesOf(value: string): string[] {
  const [first, ...rest] = value.split(" ");
  return Array.from({ length: 200_000 }, () => [first, ...rest].join(" "));
}

describe("short values", () => {
  const ORG = "Blockchain Industrial Alliance";

  it.each([
    ["compactStrings", compactStrings],
    ["shareShortStrings", shareShortStrings],
  ] as const)("are kept once by %s", (_name, replace) => {
    const base = liveMiB(0);
    const copies = copiesOf(ORG);
    const separately = liveMiB(copies) - base;
    const shared = replace(copiesOf(ORG));
    const once = liveMiB([copies, shared]) - base - separately;
    expect(shared).toEqual(copies);
    expect(separately).toBeGreaterThan(6); // 200,000 × 30 characters and their headers
    expect(once).toBeLessThan(separately / 3); // the array alone
  });

  it("past the table's bound are still given back as they are", () => {
    const values = Array.from({ length: 70_000 }, (_, i) => `value ${i}`);
    expect(compactStrings([...values])).toEqual(values);
    expect(shareShortStrings([...values])).toEqual(values);
  });

  it("are shared by shareShortStrings, which leaves long strings and everything else in place", () => {
    const long = "A session summary long enough to be left as it arrived. ".repeat(4);
    const value = { org: "Fintricity", tags: ["privacy", "standards"], summary: long, held: 3, note: undefined, quarter: null };
    const tags = value.tags;
    expect(shareShortStrings(value)).toBe(value);
    expect(value.tags).toBe(tags);
    expect(value).toStrictEqual({ org: "Fintricity", tags: ["privacy", "standards"], summary: long, held: 3, note: undefined, quarter: null });
  });
});
