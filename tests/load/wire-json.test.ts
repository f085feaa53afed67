import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromWireJson, toWireJson } from "../../src/load/wire-json.ts";

/** Every key of every object, in order, with where it is: what toStrictEqual does not compare. */
function keyOrder(value: unknown, at = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => keyOrder(item, `${at}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => [`${at}.${key}`, ...keyOrder(item, `${at}.${key}`)]);
}

const roundTrip = (value: unknown) => fromWireJson<unknown>(toWireJson(structuredClone(value)));

const leaf = fc.oneof(
  fc.string(),
  fc.constantFrom("undefined", "NaN", "-0", "null", ""),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(Number.NaN, -0, Infinity, -Infinity),
);
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("node"), { maxLength: 5 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie("node"), { maxKeys: 5, noNullPrototype: true }),
})).node;

describe("a load worker's results as JSON", () => {
  it("come back equal, undefined, NaN, the infinities and -0 included, every key where it was", () => {
    fc.assert(
      fc.property(tree, (value) => {
        const back = roundTrip(value);
        expect(back).toStrictEqual(value);
        expect(keyOrder(back)).toEqual(keyOrder(value));
        if (typeof value === "number") expect(Object.is(back, value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("keep a report's missing summary and a session's missing summary HTML as they were", () => {
    const draft = { summary: undefined, sessionSummariesHtml: ["<p>a</p>", undefined, "<p>b</p>"], data: { rating: null, held: -0 } };
    const back = roundTrip(draft) as typeof draft;
    expect(Object.keys(back)).toEqual(["summary", "sessionSummariesHtml", "data"]);
    expect("summary" in back).toBe(true);
    expect(back.sessionSummariesHtml).toStrictEqual(["<p>a</p>", undefined, "<p>b</p>"]);
    expect(1 in back.sessionSummariesHtml).toBe(true); // undefined, not a hole
    expect(back.data.rating).toBeNull();
    expect(Object.is(back.data.held, -0)).toBe(true);
  });

  it("refuse what JSON cannot carry, naming where it is, so the main thread loads that batch itself", () => {
    class Quarterish {}
    for (const [value, named] of [
      [{ a: [1, { when: new Date(0) }] }, /a\.1\.when: a Date/],
      [{ m: new Map() }, /m: a Map/],
      [[new Quarterish()], /0: a Quarterish/],
      [{ n: 1n }, /n: a bigint/],
      [{ f: () => 1 }, /f: a function/],
      [{ o: Object.create(null) as object }, /o: a null-prototype object/],
    ] as const) {
      expect(() => toWireJson(value)).toThrow(named);
    }
  });
});
