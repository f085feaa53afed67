// The fast YAML path (src/load/yaml-fast.ts) must change no result: for every fixture file and for
// generated front-matter, loading with it gives the same model and the same diagnostics (code,
// position, field, words) as loading with `yaml` alone.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/load/front-matter.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { type Loaded, type LoadedReport, type LoadTextOptions, loadGroupText, loadReportText, loadSiteText } from "../../src/load/load-file.ts";
import { parseYaml } from "../../src/load/yaml.ts";
import { parseYamlFast } from "../../src/load/yaml-fast.ts";
import { Quarter } from "../../src/model/quarter.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";
import { FIXTURES, FIXTURE_FOLDERS, fixtureCopies } from "../helpers/fixtures.ts";

const SLOW: LoadTextOptions = { fastYaml: false };
// The shared examples, where the worktree sits beside them; `content/` is their vendored copy.
const SHARED_EXAMPLES = path.resolve("../shared/examples/content");
const TREES = [FIXTURES, EXAMPLE_CONTENT, ...(existsSync(SHARED_EXAMPLES) ? [SHARED_EXAMPLES] : [])];
const source = { group: "demo", quarter: Quarter.of(2019, 2), sourcePath: "groups/demo/2019-Q2.md" };
const FILE = "groups/demo/2019-Q2.md";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const info = statSync(full, { throwIfNoEntry: false });
    if (!info) return []; // a broken symlink, on purpose
    if (info.isDirectory()) return filesUnder(full);
    return /\.(md|yaml)$/.test(name) ? [full] : [];
  });
}

/** A report's positions are a function; compare where it puts every field the model has, and one it may lack. */
function comparableReport(loaded: Loaded<LoadedReport>) {
  const { value, diagnostics } = loaded;
  if (!value) return { diagnostics };
  const keys = [...Object.keys(value.draft.data), "workProducts", "quarter"];
  return { diagnostics, draft: value.draft, positions: keys.map((key) => [key, value.positions(key)]) };
}

/** Loads `text` as each kind of file, by both paths, and expects the same. */
function expectSameEitherWay(text: string) {
  expect(comparableReport(loadReportText(text, source, FILE))).toEqual(comparableReport(loadReportText(text, source, FILE, SLOW)));
  expect(loadGroupText(text, FILE)).toEqual(loadGroupText(text, FILE, SLOW));
  expect(loadSiteText(text, FILE)).toEqual(loadSiteText(text, FILE, SLOW));
}

const tookFastPath = (text: string) => splitFrontMatter(text, FILE).frontMatter?.fast === true;

describe("the fast YAML path changes no result", () => {
  const files = TREES.flatMap(filesUnder);

  it("finds the fixture files, and takes the fast path for the example report", () => {
    expect(files.length).toBeGreaterThan(150);
    expect(tookFastPath(readFileSync(path.join(EXAMPLE_CONTENT, "groups/public-sector/2019-Q2.md"), "utf8"))).toBe(true);
  });

  it.each(files.map((file) => [path.relative(process.cwd(), file), file]))("on %s", (_name, file) => {
    expectSameEitherWay(readFileSync(file, "utf8"));
  });

  // Whole folders too: cross-file checks (work-product-vanished) read positions later, and the bad
  // inputs written by a case's setup.ts (CRLF, BOM, sizes) exist only in a temporary copy.
  const fixtures = fixtureCopies();
  afterAll(() => fixtures.remove());
  it.each(FIXTURE_FOLDERS.map((dir) => [path.relative(process.cwd(), dir), dir]))("on the folder %s", async (_name, dir) => {
    const content = await fixtures.contentOf(dir);
    expect(await loadArchive(content)).toEqual(await loadArchive(content, SLOW));
  });
});

/** Scalars the two parsers, or YAML 1.1 and 1.2, are known to read differently. */
const TRICKY = [
  "1_000", "0b11", "+12", "-0", "007", "0o17", "0o8", "0x1F", "0X1F", "1e3", "1E-2", ".5", "+.5", "1.", "+.inf", "-.Inf", ".NaN", ".nan",
  "9007199254740993", "1e400", "yes", "on", "No", "~", "null", "NULL", "True", "FALSE", "tRue", "1:30", "2019-04-12", "2019-04-12T10:00:00Z",
  "2019-Q2", "a #b", "a#b", "&x", "*x", "!x", "!!str x", "a: b", "a:b", "it's", 'say "hi"', "'q'", '"q"', "'a''b'", '"a\\tb\\u00e9"', '"\\q"',
  "[a, b]", "{a: 1}", "[a, [b]]", "{}", "[]", "? x", "@x", "`x", "%x", "- x", "https://example.org/#top", "é 😀", "",
  "|\n  a\n  ---\n  b", "|-\n  a\n\n  --- b\n", ">\n  a\n   b\n\n  c", ">-\n  ---\n  x", "|+\n  x\n\n", "|2\n   x",
  "plain\n  more", "plain\nmore", '"multi\n  line"', '"multi\nline"', "'multi\n\n  line'", "[a,\n  b]", "[a,\nb]",
];
const KEYS = ["title", "summary", "quarter", "submitted", "agenda", "health", "workProducts", "name", "a", "__proto__", "1", "true", "~", "'q'", "x:y", ""];

describe("the fast YAML path reads each tricky scalar as yaml does", () => {
  it.each(TRICKY)("%j", (scalar) => {
    const yaml = `\nvalue: ${scalar}\nlist:\n  - ${scalar}\n`;
    const data = parseYamlFast(yaml);
    if (data !== undefined) expect(data).toStrictEqual(parseYaml(yaml, FILE).data);
    // In a field that takes a number and one that takes text, so validation passes on either path.
    const typical = `---\nquarter: 2019-Q2\nhealth:\n  attendance:\n    typical: ${scalar}\n---\n`;
    const title = `---\nquarter: 2019-Q2\ntitle: ${scalar}\n---\n`;
    for (const text of [typical, title]) expect(comparableReport(loadReportText(text, source, FILE))).toEqual(comparableReport(loadReportText(text, source, FILE, SLOW)));
  });
});

describe("the fast YAML path leaves long lines to yaml", () => {
  // yaml limits an implicit key to 1024 characters of its line; js-yaml does not.
  it.each([999, 1000, 1500])("a line of %i characters", (length) => {
    const line = `title: ${"x".repeat(length - "title: ".length)}`;
    for (const yaml of [`${line}\n`, `summary: short\n${line}\nother: 1\n`, `summary: short\n${line}`]) {
      expect(parseYamlFast(yaml) === undefined).toBe(length >= 1000);
    }
  });
});

describe("the fast YAML path changes no result on generated front-matter", () => {
  const RUNS = { numRuns: 400 };
  // Ordinary text often, so that whole reports still take the fast path.
  const scalar = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 3, arbitrary: fc.constantFrom("Kick-off", "Pilot update", "Q&A", "Done.") });
  const indent = fc.constantFrom("", "", " ", "  ", "    ");
  const line = fc.oneof(
    fc.tuple(indent, fc.constantFrom(...KEYS), fc.constantFrom(": ", ":", ":  "), scalar).map(([i, key, colon, value]) => `${i}${key}${colon}${value}`),
    fc.tuple(indent, fc.constantFrom("- ", "-"), scalar).map(([i, dash, value]) => `${i}${dash}${value}`),
    fc.tuple(indent, fc.constantFrom(...KEYS)).map(([i, key]) => `${i}${key}:`),
    fc.tuple(indent, fc.constantFrom(...KEYS), scalar).map(([i, key, value]) => `${i}- ${key}: ${value}`),
    fc.constantFrom("", "---", "  ---", "# note", "  \t"),
  );

  const lines = fc.array(line, { minLength: 1, maxLength: 8 }).map((items) => `\n${items.join("\n")}\n`);

  it("as lines of YAML-ish text", () => {
    let fast = 0;
    fc.assert(
      fc.property(lines, fc.constantFrom("", "Text.\n", "  indented\n"), (yaml, body) => {
        const text = `---${yaml}---\n${body}`;
        if (tookFastPath(text)) fast++;
        expectSameEitherWay(text);
      }),
      RUNS,
    );
    expect(fast).toBeGreaterThan(0);
  });

  // The loader re-reads fields that fail validation by the slow path, which would hide a value the
  // fast path got wrong in a field that takes no such value; so the parsers are compared directly too.
  it("as the values either parser reads from YAML-ish text", () => {
    let fast = 0;
    fc.assert(
      fc.property(lines, (yaml) => {
        const data = parseYamlFast(yaml);
        if (data === undefined) return;
        fast++;
        const exact = parseYaml(yaml, FILE);
        expect(exact.diagnostics).toEqual([]);
        expect(data).toStrictEqual(exact.data);
      }),
      { numRuns: 2000 },
    );
    expect(fast).toBeGreaterThan(30);
  });

  it("as reports with tricky values in their fields", () => {
    let fast = 0;
    const report = fc
      .record({
        title: scalar,
        summary: scalar,
        submitted: fc.constantFrom("2019-07-12", "2019-07-12T10:00:00Z", "20190712"),
        need: scalar,
        date: fc.constantFrom("2019-04-12", "2019-08-01", "'2019-04-12'"),
        sessionTitle: scalar,
        typical: fc.constantFrom(...TRICKY, "5"),
        last: fc.constantFrom(...TRICKY, "4", "40"),
        product: scalar,
        status: fc.constantFrom("in-progress", "done", "planned"),
      })
      .map(
        (r) =>
          `---\nquarter: 2019-Q2\nsubmitted: ${r.submitted}\ntitle: ${r.title}\nsummary: ${r.summary}\nhealth:\n  attendance:\n    typical: ${r.typical}\n    last: ${r.last}\n  needs:\n    - ${r.need}\n` +
          `agenda:\n  - date: ${r.date}\n    title: ${r.sessionTitle}\nworkProducts:\n  - title: ${r.product}\n    status: ${r.status}\n---\n## Agenda\n\nText.\n`,
      );
    fc.assert(
      fc.property(report, (text) => {
        if (tookFastPath(text)) fast++;
        expectSameEitherWay(text);
      }),
      RUNS,
    );
    expect(fast).toBeGreaterThan(0);
  });
});
