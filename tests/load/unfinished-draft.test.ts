// The three warnings of an unfinished draft, each pointing at its line, and what --strict makes of them.
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { strictly } from "../../src/load/diagnostics.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { captureIo } from "../helpers/cli.ts";
import { makeContent } from "../helpers/content.ts";

const diagnosticsOf = async (report: string) => {
  const dir = await makeContent({ "groups/test/2019-Q2.md": report });
  return { dir, diagnostics: (await loadArchive(dir, { display: (rel) => rel })).diagnostics };
};
const FULL = "The group met every fortnight. Attendance held steady. A new chair was elected in May.";

describe("unfinished drafts", () => {
  it("a heading with no text is an empty part, at the heading's line; a part with figures is not", async () => {
    const report = ["---", "health:", "  attendance:", "    typical: 12", "---", "", FULL, "", "## Working Group Health", "", "## Our own part", "", "## Participant Diversity", ""].join("\n");
    const { diagnostics } = await diagnosticsOf(report);
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ["empty-section", 11, 'The part "Our own part" has no text under its heading.'],
      ["empty-section", 13, 'The part "Participant Diversity" has no text under its heading.'],
    ]);
  });

  it("a body of fewer than three sentences, with no figures to tell the quarter, is short", async () => {
    const { diagnostics } = await diagnosticsOf("---\nquarter: 2019-Q2\n---\n\nWe met. It went well, mostly.\n");
    expect(diagnostics.map((d) => [d.code, d.line, d.found])).toEqual([["short-report", 4, "1"]]);
    expect((await diagnosticsOf(`---\nquarter: 2019-Q2\n---\n\n${FULL}\n`)).diagnostics).toEqual([]);
  });

  it("--strict turns exactly these warnings into errors and exits 1; other warnings stay warnings", async () => {
    const { dir, diagnostics } = await diagnosticsOf("---\n---\n\n_Replace this line with one paragraph._\n\nWe met. It went well.\n");
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["short-report", 3], ["leftover-prompt", 4]].sort((a, b) => Number(a[1]) - Number(b[1])));
    expect(strictly(diagnostics).map((d) => d.severity)).toEqual(["error", "error"]);
    const spike = { code: "attendance-spike", severity: "warning" } as (typeof diagnostics)[number];
    expect(strictly([spike])[0]!.severity).toBe("warning");
    expect(await run(["check", dir], captureIo())).toBe(0);
    const io = captureIo();
    expect(await run(["check", dir, "--strict"], io)).toBe(1);
    expect(io.stdout.join("\n")).toMatch(/2019-Q2\.md:4:\d+ error .*\[leftover-prompt\]/);
  });
});
