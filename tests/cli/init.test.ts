// `sigreport init`: the site repository it makes, what it asks, and that it never overwrites.
// (The repository built and served from an installed package: tests/package/adopter.e2e.test.ts.)
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { type Ask, init } from "../../src/cli/init.ts";
import { argsFor, run } from "../../src/cli/main.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { packageVersion } from "../../src/package-paths.ts";
import { captureIo } from "../helpers/cli.ts";

const emptyFolder = async () => path.join(await mkdtemp(path.join(os.tmpdir(), "sigreport-init-")), "my-reports");
const files = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
const siteYaml = (dir: string) => YAML.parse(readFileSync(path.join(dir, "content", "site.yaml"), "utf8")) as Record<string, unknown>;

describe("sigreport init", () => {
  it("makes a repository whose content checks clean, depending on this version", async () => {
    const dir = await emptyFolder();
    const io = captureIo();
    const argv = [dir, "--title", "Example Foundation: group reports", "--url", "https://example.github.io/reports/", "--repository", "https://github.com/example/reports"];
    expect(await init(argsFor("init", argv), io, undefined)).toBe(0);
    expect(await files(dir)).toEqual([
      ".github/dependabot.yml",
      ".github/workflows/check.yml",
      ".github/workflows/pages.yml",
      ".github/workflows/reminders.yml",
      ".gitignore",
      "README.md",
      "content/groups/example-sig/2026-Q3.md",
      "content/groups/example-sig/index.md",
      "content/site.yaml",
      "package.json",
    ]);
    const manifest = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as { name: string; dependencies: Record<string, string> };
    expect(manifest).toMatchObject({ name: "my-reports", dependencies: { sigreport: `^${packageVersion()}` } });
    expect(siteYaml(dir)).toMatchObject({ title: "Example Foundation: group reports", url: "https://example.github.io/reports/", repository: "https://github.com/example/reports" });
    expect(await readFile(path.join(dir, "README.md"), "utf8")).toMatch(/^# Example Foundation: group reports\n/);
    const { archive, diagnostics } = await loadArchive(path.join(dir, "content"));
    expect(diagnostics).toEqual([]);
    expect(archive.reports).toHaveLength(1);
    expect(io.stderr).toEqual([]);
  });

  it("asks for what the flags leave out, when it can ask", async () => {
    const dir = await emptyFolder();
    const asked: string[] = [];
    const ask: Ask = async (questions) => {
      asked.push(...questions);
      return ["https://example.github.io/reports/", ""];
    };
    expect(await init(argsFor("init", [dir, "--title", "Reports"]), captureIo(), ask)).toBe(0);
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatch(/^Site address/);
    expect(asked[1]).toMatch(/^GitHub repository/);
    const site = siteYaml(dir);
    expect(site).toMatchObject({ title: "Reports", url: "https://example.github.io/reports/" });
    expect(site).not.toHaveProperty("repository");
  });

  it("without a terminal, asks nothing: placeholders, and a warning naming what is unset", async () => {
    const dir = await emptyFolder();
    const io = captureIo();
    // Through the command table, as `npx sigreport init` runs it; vitest's stdin is not a terminal.
    expect(process.stdin.isTTY).not.toBe(true);
    expect(await run(["init", dir], io)).toBe(0);
    expect(siteYaml(dir)).toEqual({ title: "Community group reports", description: expect.any(String) });
    expect(io.stderr.join("\n")).toMatch(/has no title, url, repository yet/);
    const { diagnostics } = await loadArchive(path.join(dir, "content"));
    expect(diagnostics).toEqual([]);
  });

  it("never overwrites: if any file it would write exists, it writes none (exit 2)", async () => {
    const dir = await emptyFolder();
    await mkdir(path.join(dir, "content"), { recursive: true });
    await writeFile(path.join(dir, "content", "site.yaml"), "title: Ours\n");
    const io = captureIo();
    expect(await init(argsFor("init", [dir]), io, undefined)).toBe(2);
    expect(await files(dir)).toEqual(["content/site.yaml"]);
    expect(await readFile(path.join(dir, "content", "site.yaml"), "utf8")).toBe("title: Ours\n");
    expect(io.stderr.join("\n")).toMatch(/Nothing was written.*never overwrites[\s\S]*content\/site\.yaml/);
  });

  it.each([
    ["--url", "example.github.io/reports"],
    ["--repository", "git@github.com:example/reports.git"],
  ])("refuses %s %s, which is not a web address, and writes nothing", async (flag, value) => {
    const dir = await emptyFolder();
    const io = captureIo();
    expect(await init(argsFor("init", [dir, flag, value]), io, undefined)).toBe(2);
    expect(existsSync(dir)).toBe(false);
    expect(io.stderr.join("\n")).toContain(`${flag}: expected a web address starting with https://, found "${value}"`);
  });

  it("says its version", async () => {
    const io = captureIo();
    expect(await run(["--version"], io)).toBe(0);
    expect(io.stdout).toEqual([packageVersion()]);
  });
});
