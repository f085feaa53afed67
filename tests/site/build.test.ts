import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_CONTENT, makeContent } from "../helpers/content.ts";
import { buildInto, runCli } from "../helpers/build.ts";

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = await readFile(file, "base64");
    }
  }
  return out;
}

describe("sigreport build", () => {
  it("builds the example and says what it built", async () => {
    const run = await buildInto(EXAMPLE_CONTENT);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Built 1 report of 1 group into .*_site\/ in [\d.]+ s\.$/m);
    expect(await readFile(path.join(run.output, "index.html"), "utf8")).toContain("<title>Hyperledger SIG reports</title>");
  });

  it("on a content error prints the diagnostic, exits 1 and leaves the previous site byte for byte", async () => {
    const first = await buildInto(EXAMPLE_CONTENT);
    expect(first.status).toBe(0);
    await writeFile(path.join(first.output, "marker.txt"), "the old site");
    const before = await snapshot(first.output);

    const broken = await makeContent({ "groups/test/2019-Q2.md": "---\nquarter: 2019-Q3\n---\n" });
    const second = runCli(["build", "--content", broken, "--output", first.output]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("groups/test/2019-Q2.md:2:10 error quarter: The file is named for 2019-Q2, but its quarter field says 2019-Q3.");
    expect(second.stderr).toContain("1 error in 1 file. Nothing was built;");
    expect(await snapshot(first.output)).toEqual(before);
    expect(await readdir(path.dirname(first.output))).toEqual(["_site"]);
  });
});
