import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/main.ts";
import { splitFrontMatter } from "../../src/load/front-matter.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { SECTION_KEYS, SECTION_TITLES } from "../../src/model/sections.ts";
import { FINISHED_STATUSES } from "../../src/model/schema.ts";
import { captureIo, copyOfContent } from "../helpers/cli.ts";

const errorsOf = async (content: string) => (await loadArchive(content)).diagnostics.filter((d) => d.severity === "error");

describe("sigreport new", () => {
  // The example's last report is 2019-Q2: on this day Q3 2019 is the report the chair owes.
  beforeEach(() => void vi.stubEnv("SIGREPORT_TODAY", "2019-10-15"));
  afterEach(() => void vi.unstubAllEnvs());

  it("starts the quarter after the latest report, carrying open work forward, and checks clean", async () => {
    const content = await copyOfContent();
    const before = (await loadArchive(content)).archive.groups.find((g) => g.slug === "public-sector")!;
    const q2 = before.reports.at(-1)!.data;
    const io = captureIo();

    expect(await run(["new", "public-sector", "--content", content], io)).toBe(0);

    const file = path.join(content, "groups", "public-sector", "2019-Q3.md");
    const text = await readFile(file, "utf8");
    const front = parse(text.split("---\n")[1]!);
    expect(front.quarter).toBe("2019-Q3");
    const open = q2.workProducts!.filter((wp) => !FINISHED_STATUSES.includes(wp.status));
    expect(open).toHaveLength(4); // none of the example's work products is done or dropped
    expect(front.workProducts.map((wp: { title: string; status: string }) => [wp.title, wp.status])).toEqual(
      open.map((wp) => [wp.title, wp.status]),
    );
    expect(front.health.subgroups).toEqual(q2.health!.subgroups);
    expect(front.activity.channels).toEqual(q2.activity!.channels);
    // Sessions and figures belong to the quarter they happened in: nothing else is carried.
    expect(Object.keys(front).sort()).toEqual(["activity", "health", "quarter", "workProducts"]);

    for (const key of SECTION_KEYS) expect(text).toContain(`\n## ${SECTION_TITLES[key]}\n\n_Replace this line with `);
    expect(text).not.toContain("<!--");

    expect(await errorsOf(content)).toEqual([]);
    const after = (await loadArchive(content)).diagnostics;
    expect(after.filter((d) => d.code === "work-product-vanished")).toEqual([]);
    expect(io.stdout.join("\n")).toContain("2019-Q3.md");
    expect(io.stdout.join("\n")).toContain("Government RFP repository (proposed)");
    expect(io.stdout.join("\n")).toMatch(/Next:/);
  });

  it("drops work products that were done or dropped", async () => {
    const content = await copyOfContent();
    const q2File = path.join(content, "groups", "public-sector", "2019-Q2.md");
    const q2 = await readFile(q2File, "utf8");
    await writeFile(q2File, q2.replace("  - title: Government RFP repository\n    status: proposed", "  - title: Government RFP repository\n    status: done"));
    expect(await run(["new", "public-sector", "--content", content], captureIo())).toBe(0);
    const text = await readFile(path.join(content, "groups", "public-sector", "2019-Q3.md"), "utf8");
    expect(text).not.toContain("Government RFP repository");
    expect(text).toContain("White Paper on public sector uses of blockchain");
  });

  it("never overwrites: a second new for the same quarter fails and leaves the file as it was", async () => {
    const content = await copyOfContent();
    const file = path.join(content, "groups", "public-sector", "2019-Q3.md");
    expect(await run(["new", "public-sector", "--content", content], captureIo())).toBe(0);
    const edited = (await readFile(file, "utf8")).replace("_Replace this line with one paragraph", "Our quarter, in brief");
    await writeFile(file, edited);

    const io = captureIo();
    expect(await run(["new", "public-sector", "--quarter", "2019-Q3", "--content", content], io)).toBe(1);
    expect(await readFile(file, "utf8")).toBe(edited);
    expect(io.stderr.join("\n")).toMatch(/2019-Q3\.md already exists; new never overwrites/);
  });

  it("refuses the existing report's quarter even when its file name has a lower-case q", async () => {
    const content = await copyOfContent();
    const dir = path.join(content, "groups", "public-sector");
    await rename(path.join(dir, "2019-Q2.md"), path.join(dir, "2019-q2.md"));
    const io = captureIo();
    expect(await run(["new", "public-sector", "--quarter", "2019-Q2", "--content", content], io)).toBe(1);
    expect(io.stderr.join("\n")).toContain("2019-q2.md already exists");
  });

  it("starts a group without reports at the latest quarter that has ended", async () => {
    vi.stubEnv("SIGREPORT_TODAY", "2020-07-02");
    const content = await copyOfContent();
    expect(await run(["new-group", "identity", "--name", "Identity WG", "--kind", "WG", "--established", "2020-05-04", "--content", content], captureIo())).toBe(0);
    const io = captureIo();
    expect(await run(["new", "identity", "--content", content], io)).toBe(0);
    const text = await readFile(path.join(content, "groups", "identity", "2020-Q2.md"), "utf8");
    expect(splitFrontMatter(text, "x").frontMatter?.data).toEqual({ quarter: "2020-Q2" });
    expect(await errorsOf(content)).toEqual([]);
  });

  it.each([
    [["new"], 2, /Say which group/],
    [["new", "Public Sector"], 2, /not a group slug/],
    [["new", "public-sector", "--quarter", "2019-Q5"], 2, /--quarter expects a quarter written YYYY-Qn.*2019-Q5/],
    [["new", "no-such-group"], 1, /There is no group "no-such-group".*\n.*new-group no-such-group/],
  ])("%j exits %i with a clear message", async (argv, code, message) => {
    const content = await copyOfContent();
    const io = captureIo();
    expect(await run([...argv, "--content", content], io)).toBe(code);
    expect(io.stderr.join("\n")).toMatch(message);
    expect(io.all).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it("refuses to read past a broken report of the group", async () => {
    const content = await copyOfContent();
    const q2File = path.join(content, "groups", "public-sector", "2019-Q2.md");
    const q2 = await readFile(q2File, "utf8");
    await writeFile(q2File, q2.replace("status: proposed", "status: wip"));
    const io = captureIo();
    expect(await run(["new", "public-sector", "--content", content], io)).toBe(1);
    expect(io.stderr.join("\n")).toMatch(/status: expected one of .*wip/);
    await expect(readFile(path.join(content, "groups", "public-sector", "2019-Q3.md"))).rejects.toThrow();
  });

  it("says so when the content folder is missing", async () => {
    const content = await copyOfContent();
    await rm(content, { recursive: true });
    const io = captureIo();
    expect(await run(["new", "public-sector", "--content", content], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain(`There is no content folder at ${content}.`);
  });
});
