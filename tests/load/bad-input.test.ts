// Bad input is pinned by fixtures beside their expected text: each folder in tests/fixtures/bad/ is
// a tiny content folder and the exact words a chair would see for it. Inputs that cannot be
// committed as plain files (bytes, sizes, symlinks, line endings) are written by the case's
// setup.ts into a temporary copy. Set UPDATE_EXPECTED=1 to rewrite expected.txt, then read every
// changed line as a chair would before committing it.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatText } from "../../src/cli/format-diagnostics.ts";
import { type LoadResult, loadArchive } from "../../src/load/load-archive.ts";
import { BAD_CASES, badCaseNames, fixtureCopies } from "../helpers/fixtures.ts";

const FIXTURES = BAD_CASES;
const cases = badCaseNames;

const fixtures = fixtureCopies();
afterAll(() => fixtures.remove());

/** Loads a case as the CLI would, with paths shown relative to the case folder. */
async function loadCase(name: string): Promise<LoadResult> {
  return loadArchive(await fixtures.contentOf(path.join(BAD_CASES, name)), { display: (rel) => `content/${rel}` });
}

/** Checks beyond the words, for cases where the value loaded matters as much as what is said. */
const extra: Record<string, (result: LoadResult) => void> = {
  crlf({ archive }) {
    const report = archive.reports[0]!;
    expect(report.data.summary).toBe("Line one.\nLine two.\n");
    expect(report.data.agenda).toEqual([{ date: "2019-04-12", title: "Kick-off" }]);
    expect(report.sections.map((s) => [s.heading, s.line, s.markdown])).toEqual([
      [null, 10, "Intro."],
      ["Agenda", 12, "We met."],
    ]);
    expect(JSON.stringify(archive)).not.toContain("\r");
  },
  bom({ archive }) {
    expect(archive.groups.map((g) => g.name)).toEqual(["Demo SIG"]);
    const report = archive.reports[0]!;
    expect(report.data).toEqual({ quarter: "2019-Q2", submitted: "2019-07-12" });
    expect(report.sections.map((s) => [s.heading, s.line])).toEqual([
      [null, 5],
      ["Agenda", 7],
    ]);
    expect(JSON.stringify(archive)).not.toContain("\uFEFF");
  },
  "front-matter-only"({ archive }) {
    expect(archive.reports[0]!.data).toEqual({ quarter: "2019-Q2", submitted: "2019-07-12" });
  },
  "body-only"({ archive }) {
    const report = archive.reports[0]!;
    expect(report.data).toEqual({});
    expect(report.sections.map((s) => s.key)).toEqual(["introduction", "agenda"]);
  },
  "ten-thousand-sessions"({ archive }) {
    // Nothing dropped: all 10,000 sessions and the late one are in the model.
    expect(archive.reports[0]!.data.agenda).toHaveLength(10_001);
  },
  "symlink-outside"({ archive }) {
    // Nothing behind a link that leaves the folder was read.
    expect(JSON.stringify(archive)).not.toContain("Not for publishing");
    expect(archive.reports).toEqual([]);
  },
  "many-broken-files"({ diagnostics }) {
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(
      new Set([
        "content/site.yaml",
        "content/groups/alpha/index.md",
        "content/groups/alpha/2019-Q2.md",
        "content/groups/alpha/2019-Q3.md",
        "content/groups/beta/2019-Q2.md",
        "content/groups/beta/2019-Q4.md",
        "content/groups/gamma/2019-Q2.md",
      ]),
    );
  },
};

describe.each(cases)("bad input: %s", (name) => {
  it("says exactly what expected.txt says, and never throws", async () => {
    const isJs = name === "front-matter-js" || name === "front-matter-javascript";
    const marker = path.join(os.tmpdir(), `sigreport-pwned-${process.pid}-${name}`);
    delete (globalThis as { __sigreportPwned?: number }).__sigreportPwned;
    process.env.SIGREPORT_PWNED_MARKER = marker;
    let result: LoadResult;
    try {
      result = await loadCase(name);
    } finally {
      delete process.env.SIGREPORT_PWNED_MARKER;
    }

    const text = formatText(result.diagnostics);
    const expectedFile = path.join(FIXTURES, name, "expected.txt");
    if (process.env.UPDATE_EXPECTED) await writeFile(expectedFile, text === "" ? "" : `${text}\n`);
    const expected = await readFile(expectedFile, "utf8");
    expect(text).toBe(expected.replace(/\n$/, ""));

    // Every diagnostic is a chair's sentence: never a stack trace.
    for (const d of result.diagnostics) expect(d.message).not.toMatch(/\n\s+at |Error:|undefined/);
    if (isJs) {
      expect((globalThis as { __sigreportPwned?: number }).__sigreportPwned).toBeUndefined();
      expect(existsSync(marker)).toBe(false);
    }
    extra[name]?.(result);
  });
});

describe("the js front-matter fixtures", () => {
  it("hold a live payload: plain gray-matter would run it", async () => {
    // A control: proves the refusal above is a refusal, not a payload that never worked.
    const { default: matter } = await import("gray-matter");
    const text = await readFile(path.join(FIXTURES, "front-matter-javascript/content/groups/demo/2019-Q2.md"), "utf8");
    const g = globalThis as { __sigreportPwned?: number };
    delete g.__sigreportPwned;
    try {
      expect(matter(text, {}).data).toEqual({ title: "ran" });
      expect(g.__sigreportPwned).toBe(1);
    } finally {
      delete g.__sigreportPwned;
    }
  });
});
