import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { href } from "../../src/site/urls.ts";

/** What href did before it tested for text that needs no encoding. */
const reference = (url: string, fragment?: string) => encodeURI(url) + (fragment ? `#${encodeURIComponent(fragment)}` : "");

const outcome = (run: () => string) => {
  try {
    return { text: run() };
  } catch (error) {
    return { error: (error as Error).name };
  }
};

// Characters at the edges of what the two encoders leave alone, and others of every kind.
const edgy = fc.constantFrom(..."aZ09-_.!~*'();,/?:@&=+$# %\"<>[]\\^`{|}é字🙂\u0000\n");
const text = fc.oneof(fc.string({ unit: edgy }), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }));

describe("href", () => {
  it("encodes exactly as encodeURI and encodeURIComponent do, lone surrogates' errors included", () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (url, fragment) => {
        expect(outcome(() => href(url, fragment))).toEqual(outcome(() => reference(url, fragment)));
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves a plain address as it is and encodes a name in another script", () => {
    expect(href("/groups/public-sector/2019-q2/", "session-3")).toBe("/groups/public-sector/2019-q2/#session-3");
    expect(href("/people/josé-garcía/")).toBe("/people/jos%C3%A9-garc%C3%ADa/");
    expect(href("/tags/a b/", "x#y")).toBe("/tags/a%20b/#x%23y");
  });
});
