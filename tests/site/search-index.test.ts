// What the search index holds: as the build writes each page, on either thread, it writes the page's
// search document too, its data-pagefind-body elements (src/site/search-document.ts), and Pagefind
// indexes those (src/site/search-index.ts); the records must be what Pagefind
// makes of the whole pages, and hold what a reader searches for: a report's text and agenda, a
// group, a person's name and groups, not the sessions a person's page repeats from the reports.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchDocument } from "../../src/site/search-document.ts";
import { buildInto } from "../helpers/build.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";

const REPORT_URL = "/groups/public-sector/2019-q2/";
const PERSON_URL = "/people/pete-teigen/";
const GROUP_URL = "/groups/public-sector/";

interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: unknown[];
}

/** Pagefind's result records: gzip of "pagefind_dcd" + JSON. */
const fragment = (bytes: Uint8Array): Fragment => JSON.parse(gunzipSync(bytes).toString("utf8").replace(/^pagefind_dcd/, "")) as Fragment;

function fragmentsIn(site: string): Map<string, Fragment> {
  const dir = path.join(site, "pagefind/fragment");
  const all = readdirSync(dir).map((f) => fragment(readFileSync(path.join(dir, f))));
  return new Map(all.map((f) => [f.url, f]));
}

/** What Pagefind records for each page given as it is, or as `prepare` makes it. */
async function indexed(pages: ReadonlyMap<string, string>, prepare: (html: string) => string): Promise<Map<string, Fragment>> {
  const { index } = await pagefind.createIndex({});
  for (const [url, html] of pages) {
    const added = await index!.addHTMLFile({ url, content: prepare(html) });
    expect(added.errors).toEqual([]);
  }
  const { files, errors } = await index!.getFiles();
  expect(errors).toEqual([]);
  await index!.deleteIndex();
  return new Map(files.filter((f) => f.path.startsWith("fragment/")).map((f) => fragment(f.content)).map((f) => [f.url, f]));
}

let site: string;
let built: string;

beforeAll(async () => {
  const env = { SIGREPORT_TODAY: "2019-10-15", TZ: "UTC" };
  const [withSearch, without] = [await buildInto(EXAMPLE_CONTENT, ["--quiet"], env), await buildInto(EXAMPLE_CONTENT, ["--quiet", "--no-search"], env)];
  expect(withSearch.status, withSearch.stderr).toBe(0);
  expect(without.status, without.stderr).toBe(0);
  [site, built] = [withSearch.output, without.output];
});

afterAll(() => pagefind.close());

const pageAt = (dir: string, url: string) => readFileSync(path.join(dir, url, "index.html"), "utf8");

describe("the search document", () => {
  it("is indexed by Pagefind exactly as the whole page is", async () => {
    const pages = new Map([REPORT_URL, PERSON_URL, GROUP_URL].map((url) => [url, pageAt(built, url)]));
    const whole = await indexed(pages, (html) => html);
    const reduced = await indexed(pages, (html) => searchDocument(html)!);
    expect([...reduced.keys()].sort()).toEqual([...pages.keys()].sort());
    expect(reduced).toEqual(whole);
    // A person's body is the page's header: a small part of the page is all Pagefind parses.
    expect(searchDocument(pages.get(PERSON_URL)!)!.length).toBeLessThan(pages.get(PERSON_URL)!.length / 3);
  });

  it("is nothing for a page without a body, and a mention of the attribute in a page's text is no body", () => {
    expect(searchDocument(pageAt(built, "/quarters/"))).toBeUndefined();
    expect(searchDocument('<!doctype html><html lang="en"><body><main><p>Mark it with data-pagefind-body.</p></main></body></html>')).toBeUndefined();
    const doc = searchDocument('<!doctype html><html lang="de"><head><title>T</title></head><body><nav>Menu</nav><div data-pagefind-body><div>Inner</div> text</div><footer>F</footer><p data-pagefind-body>Two</p></body></html>');
    expect(doc).toBe('<!doctype html><html lang="de"><head><title>T</title></head><body><div data-pagefind-body><div>Inner</div> text</div>\n<p data-pagefind-body>Two</p></body></html>');
  });
});

describe("the build's search index", () => {
  it("holds every report, group and person, and nothing else", () => {
    const fragments = fragmentsIn(site);
    const urls = [...fragments.keys()];
    expect(urls).toEqual(expect.arrayContaining([REPORT_URL, GROUP_URL, PERSON_URL]));
    expect(urls.every((u) => /^\/(groups|people)\/[^/]+\/(\d{4}-q\d\/)?$/.test(u)), urls.join()).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(site, "pagefind/pagefind-entry.json"), "utf8"));
    expect(entry.languages.en.page_count).toBe(fragments.size);
  });

  it("keeps a report's text, agenda and presenters, its title, group and quarter, and its group and year filters", () => {
    const report = fragmentsIn(site).get(REPORT_URL)!;
    expect(report.meta).toMatchObject({ title: "Public Sector SIG Update July 2019 Q2", group: "Public Sector SIG", quarter: "Q2 2019" });
    expect(report.filters).toEqual({ group: ["Public Sector SIG"], year: ["2019"] });
    expect(report.content).toContain("Uzbekistan");
    expect(report.content).toContain("RFP repository");
    expect(report.content).toContain("Pete Teigen");
    expect(report.anchors.length).toBeGreaterThan(0);
  });

  it("makes a person's record of the page's header: name and groups, not the sessions the reports already hold", () => {
    const person = fragmentsIn(site).get(PERSON_URL)!;
    expect(person.meta.title).toBe("Pete Teigen");
    expect(person.content).toContain("Public Sector SIG");
    expect(person.filters["group"]).toEqual(["Public Sector SIG"]);
    expect(person.content).not.toContain("Starting an RFP repository");
    expect(fragmentsIn(site).get(REPORT_URL)!.content).toContain("Starting an RFP repository");
  });
});
