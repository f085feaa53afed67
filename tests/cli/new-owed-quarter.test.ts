// `new` writes the report the chair owes: the latest period of the group's cadence that has
// ended, when it has no report; --quarter overrides. Pinned dates, then once with today's date.
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/main.ts";
import { captureIo, copyOfContent } from "../helpers/cli.ts";

afterEach(() => void vi.unstubAllEnvs());

async function newIn(content: string, argv: string[], today?: string) {
  if (today) vi.stubEnv("SIGREPORT_TODAY", today);
  const io = captureIo();
  const code = await run(["new", ...argv, "--content", content], io);
  return { code, io };
}

async function halfYearlyGroup(content: string) {
  const folder = path.join(content, "groups", "trade-finance");
  expect(await run(["new-group", "trade-finance", "--name", "Trade Finance SIG", "--established", "2019-01-07", "--content", content], captureIo())).toBe(0);
  const index = path.join(folder, "index.md");
  await writeFile(index, (await readFile(index, "utf8")).replace("established:", "cadence: half-yearly\nestablished:"));
  return folder;
}

describe("which quarter sigreport new writes", () => {
  it("for a group whose last report is years old: the latest quarter that has ended, saying why", async () => {
    const content = await copyOfContent();
    const { code, io } = await newIn(content, ["public-sector"], "2026-12-01");
    expect(code).toBe(0);
    expect(await readdir(path.join(content, "groups", "public-sector"))).toEqual(["2019-Q2.md", "2026-Q3.md", "index.md"]);
    expect(io.stdout.join("\n")).toContain("the Q3 2026 report of Public Sector SIG (Q3 2026 ended on 2026-09-30 and has no report; the latest report is for Q2 2019)");
    expect(io.stdout.join("\n")).toContain("Carried forward from 2019-Q2:");
  });

  it("for a half-yearly group: the half-year filed under Q2, not the quarter in between; then nothing until Q4 ends", async () => {
    const content = await copyOfContent();
    const folder = await halfYearlyGroup(content);
    const first = await newIn(content, ["trade-finance"], "2026-12-01");
    expect(first.code).toBe(0);
    expect(first.io.stdout.join("\n")).toContain("(the half-year filed under Q2 2026 ended on 2026-06-30 and has no report; the group has no report yet)");
    expect((await readdir(folder)).sort()).toEqual(["2026-Q2.md", "index.md"]);

    const again = await newIn(content, ["trade-finance"], "2026-12-01");
    expect(again.code).toBe(1);
    expect(again.io.stderr.join("\n")).toMatch(/Trade Finance SIG owes no report now: Q2 2026 has its report; the next half-year's ends on 2026-12-31\.\nPass --quarter 2026-Q4/);

    const january = await newIn(content, ["trade-finance"], "2027-01-04");
    expect(january.code).toBe(0);
    expect((await readdir(folder)).sort()).toEqual(["2026-Q2.md", "2026-Q4.md", "index.md"]);
  });

  it("for a group established this quarter: nothing is owed yet, and it says when the first report ends", async () => {
    const content = await copyOfContent();
    expect(await run(["new-group", "identity", "--name", "Identity WG", "--established", "2026-11-02", "--content", content], captureIo())).toBe(0);
    const { code, io } = await newIn(content, ["identity"], "2026-12-01");
    expect(code).toBe(1);
    expect(io.stderr.join("\n")).toContain("the group's first quarter (from 2026-11-02) ends on 2026-12-31");
  });

  it("with --quarter: that quarter, whatever is owed", async () => {
    const content = await copyOfContent();
    const { code, io } = await newIn(content, ["public-sector", "--quarter", "2019-Q4"], "2026-12-01");
    expect(code).toBe(0);
    expect(io.stdout.join("\n")).toContain("the Q4 2019 report of Public Sector SIG (the quarter you gave with --quarter)");
    expect(await readdir(path.join(content, "groups", "public-sector"))).toContain("2019-Q4.md");
  });

  it("with today's real date: the quarter before the current one", async () => {
    vi.stubEnv("SIGREPORT_TODAY", "");
    const content = await copyOfContent();
    const now = new Date();
    const current = Math.floor(now.getUTCMonth() / 3) + 1;
    const owed = current === 1 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${current - 1}`;
    const { code } = await newIn(content, ["public-sector"]);
    expect(code).toBe(0);
    expect(await readdir(path.join(content, "groups", "public-sector"))).toContain(`${owed}.md`);
  });
});

describe("a draft from new with its prompts left", () => {
  it("warns at each prompt's line, and --strict fails", async () => {
    const content = await copyOfContent();
    expect((await newIn(content, ["public-sector"], "2026-12-01")).code).toBe(0);
    const file = path.join(content, "groups", "public-sector", "2026-Q3.md");
    const lines = (await readFile(file, "utf8")).split("\n");
    const promptLines = lines.flatMap((l, i) => (l.startsWith("_Replace this line with") ? [i + 1] : []));
    expect(promptLines).toHaveLength(7); // the introduction and six parts

    const io = captureIo();
    expect(await run(["check", content, "--format", "json"], io)).toBe(0);
    const found = (JSON.parse(io.stdout.join("")).diagnostics as { file: string; line: number; code: string; severity: string }[])
      .filter((d) => d.file.endsWith("2026-Q3.md"))
      .map((d) => [d.line, d.code, d.severity]);
    // The carried work products tell part of the quarter, so the draft is not "short": only prompts.
    expect(found).toEqual(promptLines.map((line) => [line, "leftover-prompt", "warning"]));

    const strict = captureIo();
    expect(await run(["check", content, "--strict"], strict)).toBe(1);
    const out = strict.stdout.join("\n");
    expect(out).toContain(`groups/public-sector/2026-Q3.md:${promptLines[0]}:1 error`);
    expect(out).toMatch(/\[leftover-prompt\]/);
  });
});
