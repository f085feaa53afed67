// Feed readers show entries away from the site: every href and src inside an Atom entry must be
// absolute, with site.url's path and the path prefix, or the reader lands on a page that does not exist.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { absoluteLinks } from "../../src/site/absolute-links.ts";
import { buildInto } from "../helpers/build.ts";
import { makeContent } from "../helpers/content.ts";

const REPORT = [
  "---",
  'summary: "See [the chart](assets/chart.png), ![a photo](./assets/photo.jpg), [all groups](/groups/), [the notes](notes/?a=1&b=2#top), [below](#health) and [the spec](https://example.com/spec)."',
  "---",
  "We met.",
  "",
].join("\n");

/** Every href and src in a feed's entries: the entry's own elements, and the HTML in its summary and content. */
function entryLinks(xml: string): string[] {
  const feed = new DOMParser().parseFromString(xml, "text/xml");
  const entries = [...feed.querySelectorAll("entry")];
  expect(entries.length).toBeGreaterThan(0);
  return entries.flatMap((entry) => {
    const own = [...entry.querySelectorAll("link")].map((l) => l.getAttribute("href")!);
    const inner = [...entry.querySelectorAll("summary, content")].flatMap((el) => {
      const { document } = parseHTML(`<!doctype html><html><body>${el.textContent}</body></html>`);
      return [...document.querySelectorAll("[href], [src]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src")!);
    });
    return [...own, ...inner];
  });
}

describe("links in Atom feeds", () => {
  it("are all absolute, with site.url's path and the --path-prefix", async () => {
    const content = await makeContent({
      "site.yaml": "title: Test reports\nurl: https://example.org/reports/\n",
      "groups/test/2019-Q2.md": REPORT,
      "groups/test/assets/chart.png": "png",
      "groups/test/assets/photo.jpg": "jpg",
    });
    const built = await buildInto(content, ["--path-prefix", "/sig/", "--no-search"]);
    expect(built.status, built.stderr).toBe(0);
    for (const feed of ["feed.xml", "groups/test/feed.xml"]) {
      const links = entryLinks(await readFile(path.join(built.output, feed), "utf8"));
      expect(links.length).toBeGreaterThanOrEqual(7);
      for (const link of links) expect(link, feed).toMatch(/^https:\/\/example\.(org\/reports\/sig\/|com\/)/);
      expect(links).toEqual(
        expect.arrayContaining([
          "https://example.org/reports/sig/groups/test/2019-q2/",
          "https://example.org/reports/sig/groups/test/assets/chart.png",
          "https://example.org/reports/sig/groups/test/assets/photo.jpg",
          "https://example.org/reports/sig/groups/",
          "https://example.org/reports/sig/groups/test/2019-q2/notes/?a=1&b=2#top",
          "https://example.org/reports/sig/groups/test/2019-q2/#health",
          "https://example.com/spec",
        ]),
      );
    }
  });

  it("absoluteLinks leaves mailto: and https: alone and keeps & escaped", () => {
    const html = '<a href="mailto:a@b.org">m</a> <a href="x?a=1&amp;b=2">q</a> <a href="//cdn.example/x">c</a>';
    expect(absoluteLinks(html, "https://ex.org/sig/", "https://ex.org/sig/groups/g/2019-q2/")).toBe(
      '<a href="mailto:a@b.org">m</a> <a href="https://ex.org/sig/groups/g/2019-q2/x?a=1&amp;b=2">q</a> <a href="https://cdn.example/x">c</a>',
    );
  });
});
