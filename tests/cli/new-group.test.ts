import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { splitFrontMatter } from "../../src/load/front-matter.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { captureIo, copyOfContent } from "../helpers/cli.ts";

describe("sigreport new-group", () => {
  it("writes groups/<slug>/index.md with the given fields, and it checks clean", async () => {
    const content = await copyOfContent();
    const io = captureIo();
    const argv = ["new-group", "trade-finance", "--name", "Trade Finance SIG", "--established", "2019-03-15", "--meets", "Every Tuesday", "--content", content];
    expect(await run(argv, io)).toBe(0);
    const text = await readFile(path.join(content, "groups", "trade-finance", "index.md"), "utf8");
    expect(splitFrontMatter(text, "x").frontMatter?.data).toEqual({ name: "Trade Finance SIG", established: "2019-03-15", meets: "Every Tuesday" });
    const { archive, diagnostics } = await loadArchive(content);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(archive.groups.find((g) => g.slug === "trade-finance")?.data.kind).toBe("SIG");
    expect(io.stdout.join("\n")).toContain("npx sigreport new trade-finance");
  });

  it("never overwrites an existing group", async () => {
    const content = await copyOfContent();
    const file = path.join(content, "groups", "public-sector", "index.md");
    const before = await readFile(file, "utf8");
    const io = captureIo();
    expect(await run(["new-group", "public-sector", "--name", "Other", "--content", content], io)).toBe(1);
    expect(await readFile(file, "utf8")).toBe(before);
    expect(io.stderr.join("\n")).toMatch(/index\.md already exists/);
  });

  it.each([
    [["new-group", "Trade_Finance", "--name", "T"], /"Trade_Finance" is not a group slug.*e\.g\. trade-finance/],
    [["new-group", "trade-finance"], /--name is required/],
    [["new-group", "trade-finance", "--name", "T", "--established", "2019-02-30"], /--established: expected a real calendar day.*found "2019-02-30"/],
  ])("%j is refused with a clear message", async (argv, message) => {
    const content = await copyOfContent();
    const io = captureIo();
    expect(await run([...argv, "--content", content], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(message);
  });
});
