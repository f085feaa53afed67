// One small bad file per rule of the spec's "What is wrong" list, asserting where the diagnostic
// points (file, line, field) and what it says. The larger hostile-input suite lives beside it.
import { symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/load/diagnostics.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { makeContent } from "../helpers/content.ts";

async function diagnosticsOf(files: Record<string, string>): Promise<Diagnostic[]> {
  const dir = await makeContent(files);
  const { diagnostics } = await loadArchive(dir, { display: (rel) => rel });
  return diagnostics;
}

const only = async (files: Record<string, string>) => {
  const all = await diagnosticsOf(files);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe("errors", () => {
  it("YAML that does not parse", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\ntitle: [unclosed\n---\n" });
    expect(d).toMatchObject({ code: "yaml-syntax", severity: "error", file: "groups/test/2019-Q2.md", line: 2, column: 8 });
    expect(d.message).toBe("The [ opened here is never closed with ].");
  });

  it("a field of the wrong type", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\nhealth:\n  attendance:\n    typical: twelve\n---\n" });
    expect(d).toMatchObject({ code: "invalid-type", line: 4, column: 14, field: "health.attendance.typical", found: '"twelve"' });
    expect(d.message).toBe('expected a whole number, found "twelve".');
  });

  it("a number out of range", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\ndiversity:\n  gender:\n    womenShare: 1.5\n---\n" });
    expect(d).toMatchObject({ code: "out-of-range", line: 4, field: "diversity.gender.womenShare", found: "1.5" });
    expect(d.message).toContain("a share between 0 and 1");
  });

  it("a required field missing", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\nagenda:\n  - date: 2019-04-12\n---\n" });
    expect(d).toMatchObject({ code: "missing-field", line: 3, column: 5, field: "agenda[0].title" });
    expect(d.message).toBe('"title" is required in agenda[0], and it is missing.');
  });

  it("an unknown field, with the nearest known name", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\nhealth:\n  atendance:\n    typical: 3\n---\n" });
    expect(d).toMatchObject({ code: "unknown-field", line: 3, column: 3, field: "health.atendance" });
    expect(d.message).toBe('"atendance" is not a field in health. Did you mean "attendance"?');
    expect(d.hint).toBe("Rename it to attendance.");
  });

  it("an enum value off the list, collapsed into one line of choices", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\nworkProducts:\n  - title: X\n    status: wip\n---\n" });
    expect(d).toMatchObject({ code: "invalid-value", line: 4, column: 13, field: "workProducts[0].status" });
    expect(d.message).toBe('expected one of proposed | planned | in-progress | blocked | done | dropped, found "wip".');
  });

  it("a quarter that does not match the file name", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\nquarter: 2019-Q3\n---\n" });
    expect(d).toMatchObject({ code: "quarter-mismatch", line: 2, column: 10, field: "quarter", expected: "2019-Q2", found: "2019-Q3" });
  });

  it("a session dated outside its quarter", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\nagenda:\n  - date: 2019-04-12\n    title: In\n  - date: 2019-07-02\n    title: Out\n---\n" });
    expect(d).toMatchObject({ code: "session-outside-quarter", line: 5, column: 11, field: "agenda[1].date" });
    expect(d.message).toBe("2019-07-02 is in Q3 2019, but this report is for Q2 2019 (2019-04-01 to 2019-06-30).");
  });

  it("a report in a folder with no index.md", async () => {
    const d = await only({ "groups/orphan/2019-Q2.md": "---\nquarter: 2019-Q2\n---\n" });
    expect(d).toMatchObject({ code: "missing-group-index", file: "groups/orphan/2019-Q2.md", line: 1 });
    expect(d.message).toContain("groups/orphan/ has no index.md");
  });

  it("two files for one group and quarter", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\nquarter: 2019-Q2\n---\n", "groups/test/2019-q2.md": "---\nquarter: 2019-Q2\n---\n" });
    expect(d).toMatchObject({ code: "duplicate-report", file: "groups/test/2019-q2.md" });
    expect(d.message).toContain("and so does groups/test/2019-Q2.md");
  });

  it("a link with another scheme than http, https or mailto", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\nagenda:\n  - date: 2019-04-12\n    title: T\n    links:\n      - label: Evil\n        url: javascript:alert(1)\n---\n" });
    expect(d).toMatchObject({ code: "unsafe-link", line: 7, column: 14, field: "agenda[0].links[0].url" });
  });

  it.each(["js", "javascript", "json", "toml"])("front-matter in %s is refused and never run", async (lang) => {
    const marker = `sigreport_ran_${lang}`;
    const d = await only({ "groups/test/2019-Q2.md": `---${lang}\n{ globalThis.${marker} = true }\n---\nBody\n` });
    expect(d).toMatchObject({ code: "front-matter-language", line: 1 });
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it("an unknown file in a group folder", async () => {
    const d = await only({ "groups/test/notes.txt": "hi" });
    expect(d).toMatchObject({ code: "unknown-file", file: "groups/test/notes.txt" });
  });

  it("a symlink pointing outside the content folder", async () => {
    const dir = await makeContent({});
    const outside = path.join(path.dirname(dir), `outside-${path.basename(dir)}.md`);
    await writeFile(outside, "secret");
    await symlink(outside, path.join(dir, "groups/test/2019-Q2.md"));
    const { diagnostics } = await loadArchive(dir, { display: (rel) => rel });
    expect(diagnostics).toMatchObject([{ code: "symlink-outside-content", file: "groups/test/2019-Q2.md" }]);
  });
});

describe("warnings", () => {
  it("a work product that disappears without reaching done or dropped", async () => {
    const diagnostics = await diagnosticsOf({
      "groups/test/2019-Q1.md": "---\nworkProducts:\n  - title: Paper\n    status: in-progress\n  - title: Old\n    status: done\n---\n",
      "groups/test/2019-Q2.md": "---\nquarter: 2019-Q2\nworkProducts:\n  - title: Other\n    status: proposed\n---\n",
    });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "work-product-vanished", severity: "warning", file: "groups/test/2019-Q2.md", line: 3 });
    expect(diagnostics[0]!.message).toBe('"Paper" was in-progress in Q1 2019 and is not in this report.');
  });

  it("attendance.last more than three times typical", async () => {
    const d = await only({ "groups/test/2019-Q2.md": "---\nhealth:\n  attendance:\n    typical: 5\n    last: 16\n---\n" });
    expect(d).toMatchObject({ code: "attendance-spike", severity: "warning", line: 5, field: "health.attendance.last" });
  });

  it("no warning at exactly three times", async () => {
    expect(await diagnosticsOf({ "groups/test/2019-Q2.md": "---\nhealth:\n  attendance:\n    typical: 5\n    last: 15\n---\n" })).toEqual([]);
  });
});

it("reports every problem of every file in one run", async () => {
  const diagnostics = await diagnosticsOf({
    "groups/test/2019-Q1.md": "---\nquarter: 2019-Q4\n---\n",
    "groups/test/2019-Q2.md": "---\nhealth:\n  rating: purple\n---\n",
    "groups/other/index.md": "---\nkind: WG\n---\n",
  });
  expect(diagnostics.map((d) => [d.file, d.code])).toEqual([
    ["groups/other/index.md", "missing-field"],
    ["groups/test/2019-Q1.md", "quarter-mismatch"],
    ["groups/test/2019-Q2.md", "invalid-value"],
  ]);
});
