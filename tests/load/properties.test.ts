// Properties of the loader over inputs no one would think to write: it never throws (bad content
// always comes back as diagnostics), and a valid report survives a round trip through YAML.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { CATALOGUE } from "../../src/load/diagnostics.ts";
import { loadGroupText, loadReportText, loadSiteText } from "../../src/load/load-file.ts";
import { Quarter } from "../../src/model/quarter.ts";
import { CHANNEL_LEVELS, RATINGS, WORK_PRODUCT_STATUSES } from "../../src/model/schema.ts";

const RUNS = { numRuns: 200 };
const quarter = Quarter.of(2019, 2);
const source = { group: "demo", quarter, sourcePath: "groups/demo/2019-Q2.md" };
const FILE = "groups/demo/2019-Q2.md";

function expectWellFormed(diagnostics: readonly { code: string; line: number; column: number; message: string }[]) {
  for (const d of diagnostics) {
    expect(Object.keys(CATALOGUE)).toContain(d.code);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/\n\s+at /);
  }
}

describe("loading never throws", () => {
  it("on any string as a whole file", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expectWellFormed(loadReportText(text, source, FILE).diagnostics);
        expectWellFormed(loadGroupText(text, FILE).diagnostics);
        expectWellFormed(loadSiteText(text, FILE).diagnostics);
      }),
      RUNS,
    );
  });

  it("on YAML-ish text between fences", () => {
    const yamlish = fc
      .array(fc.constantFrom("---", "- ", ": ", "  ", "\t", "#", "&a ", "*a", "[", "]", "{", "}", '"', "'", "|", ">", "\n", "title", "agenda", "date", "2019-04-12", "x", "1", "?", "!!str ", "%YAML 1.2\n", "..."), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(yamlish, fc.string({ maxLength: 50 }), (front, body) => {
        const result = loadReportText(`---\n${front}\n---\n${body}`, source, FILE);
        expectWellFormed(result.diagnostics);
        if (result.value === undefined) expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      RUNS,
    );
  });

  it("on any front-matter object and body", () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom("2019-04-12", "2019-Q2", "https://example.org", "javascript:alert(1)")),
      node: fc.oneof({ depthSize: "small" }, tie("leaf"), fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("title", "agenda", "health", "date", "status", "name", "__proto__")), tie("node"), { maxKeys: 4 })),
    })).node;
    const frontMatter = fc.dictionary(fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom("quarter", "submitted", "title", "summary", "authors", "health", "activity", "agenda", "workProducts", "diversity")), value, { maxKeys: 6 });
    fc.assert(
      fc.property(frontMatter, fc.string(), (data, body) => {
        const result = loadReportText(`---\n${stringify(data)}---\n${body}`, source, FILE);
        expectWellFormed(result.diagnostics);
        if (result.value === undefined) expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("a valid report survives a round trip through YAML", () => {
  const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "" || s.length > 0);
  const day = fc.integer({ min: 0, max: 90 }).map((n) => {
    const d = new Date(Date.UTC(2019, 3, 1 + n));
    return d.toISOString().slice(0, 10);
  });
  const count = fc.nat({ max: 1000 });
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const url = fc.constantFrom("https://example.org/a", "http://example.org/b?c=d", "mailto:chair@example.org");
  const person = fc.record({ name: text, role: text, org: text, url }, { requiredKeys: ["name"] });
  const link = fc.record({ label: text, url });
  const tag = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 20);
  const opt = { requiredKeys: [] as never[] };

  const report = fc.record(
    {
      quarter: fc.constant("2019-Q2"),
      submitted: fc.constantFrom("2019-07-12", "2019-06-30"),
      title: text,
      summary: text,
      authors: fc.array(person, { maxLength: 3 }),
      health: fc.record(
        {
          quartersActive: count,
          attendance: fc.record({ typical: fc.integer({ min: 1, max: 100 }), peak: count, low: count }, opt),
          rating: fc.constantFrom(...RATINGS),
          subgroups: fc.array(fc.record({ name: text, purpose: text, meets: text }, { requiredKeys: ["name"] }), { maxLength: 2 }),
          needs: fc.array(text, { maxLength: 3 }),
        },
        opt,
      ),
      activity: fc.record(
        {
          meetings: fc.record({ held: count, missed: count, note: text }, opt),
          channels: fc.array(fc.record({ name: text, level: fc.constantFrom(...CHANNEL_LEVELS), note: text }, { requiredKeys: ["name"] }), { maxLength: 2 }),
          highlights: fc.array(text, { maxLength: 3 }),
        },
        opt,
      ),
      agenda: fc.array(
        fc.record({ date: day, title: text, summary: text, presenters: fc.array(person, { maxLength: 2 }), links: fc.array(link, { maxLength: 2 }), tags: fc.array(tag, { maxLength: 3 }) }, { requiredKeys: ["date", "title"] }),
        { maxLength: 4 },
      ),
      workProducts: fc.array(
        fc.record({ title: text, status: fc.constantFrom(...WORK_PRODUCT_STATUSES), owner: text, due: fc.constantFrom("2019-09-30", "2019-Q4"), note: text, links: fc.array(link, { maxLength: 2 }) }, { requiredKeys: ["title", "status"] }),
        { maxLength: 3 },
      ),
      diversity: fc.record(
        {
          sectors: fc.record({ public: share, private: share, civil: share, academic: share, note: text }, opt),
          gender: fc.record({ womenShare: share, note: text }, opt),
          regions: fc.record({ list: fc.array(text, { maxLength: 3 }), note: text }, opt),
        },
        opt,
      ),
    },
    opt,
  );

  it("gives back the same model", () => {
    fc.assert(
      fc.property(report, fc.string({ maxLength: 80 }), (data, body) => {
        const result = loadReportText(`---\n${stringify(data)}---\n${body}`, source, FILE);
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(result.value?.draft.data).toEqual(data);
      }),
      RUNS,
    );
  });
});
