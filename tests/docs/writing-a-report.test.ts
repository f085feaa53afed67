import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { END, GUIDE, START, errorTable, withCurrentTable } from "../../src/docs/error-table.ts";
import { mkdir, writeFile } from "node:fs/promises";
import { run } from "../../src/cli/main.ts";
import { CATALOGUE } from "../../src/load/diagnostics.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { REPO, captureIo, copyOfContent } from "../helpers/cli.ts";

const guide = () => readFile(path.join(REPO, GUIDE), "utf8");

describe("docs/writing-a-report.md", () => {
  it("explains every diagnostic of the current catalogue (else run: npx tsx src/docs/error-table.ts)", async () => {
    const text = await guide();
    expect(withCurrentTable(text)).toBe(text);
  });

  it("has one table row per catalogue entry, with its severity and hint", () => {
    const rows = errorTable().split("\n").slice(2);
    expect(rows).toHaveLength(Object.keys(CATALOGUE).length);
    expect(rows).toContain(
      `| \`session-outside-quarter\` | error | ${CATALOGUE["session-outside-quarter"].title} | ${CATALOGUE["session-outside-quarter"].hint} |`,
    );
  });

  it("shows only commands the CLI has", async () => {
    const text = await guide();
    const used = new Set([...text.matchAll(/npx sigreport ([a-z-]+)/g)].map((m) => m[1]!));
    expect([...used].sort()).toEqual(["check", "import", "new", "new-group"]);
    expect(text.indexOf(START)).toBeGreaterThan(-1);
    expect(text.indexOf(END)).toBeGreaterThan(text.indexOf(START));
  });

  it("has a filled example that checks clean, and shows the error check really prints for it", async () => {
    const text = await guide();
    const blocks = [...text.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const report = blocks.find((b) => b.includes("quarter: 2019-Q3"))!;
    const content = await copyOfContent();
    const file = path.join(content, "groups", "public-sector", "2019-Q3.md");
    await writeFile(file, report);
    const { archive, diagnostics } = await loadArchive(content);
    expect(diagnostics).toEqual([]);
    expect(archive.reports.find((r) => r.quarter.id === "2019-Q3")?.data.agenda).toHaveLength(2);

    await writeFile(file, report.replace("status: planned", "status: wip"));
    const io = captureIo();
    expect(await run(["check", content], io)).toBe(1);
    const shown = /^content\/groups\/public-sector\/2019-Q3\.md(:\d+:\d+ error .*)$/m.exec(text)![1]!;
    expect(io.stdout.join("\n")).toContain(`groups/public-sector/2019-Q3.md${shown}`);

    const group = blocks.find((b) => b.includes("name: Public Sector SIG"))!;
    await mkdir(path.join(content, "groups", "example"));
    await writeFile(path.join(content, "groups", "example", "index.md"), group);
    expect((await loadArchive(content)).diagnostics.filter((d) => d.file.includes("/example/"))).toEqual([]);
  });
});
