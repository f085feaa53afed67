// The walk reads the group folders' listings side by side and must still account for every file in
// the order of the names, whatever order the file system answers in.
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { walkContent } from "../../src/load/walk.ts";
import { makeContent } from "../helpers/content.ts";

describe("the walk of many group folders", () => {
  it("lists every group's files in the order of the names, a linked group folder included", async () => {
    // Written in an order of their own: the file system's order is not the names'.
    const slugs = Array.from({ length: 60 }, (_, i) => `g-${String((i * 37) % 60).padStart(2, "0")}`);
    const files: Record<string, string> = {};
    for (const slug of slugs) {
      files[`groups/${slug}/index.md`] = `---\nname: ${slug}\n---\n`;
      for (const quarter of ["2020-Q3", "2019-Q1", "2020-Q1"]) files[`groups/${slug}/${quarter}.md`] = "---\n---\n";
    }
    files["groups/g-07/notes.txt"] = "not part of the layout";
    files["groups/g-42/2019-Q2.review.md"] = "---\n---\n";
    const dir = await makeContent(files);
    await mkdir(path.join(dir, "elsewhere/linked"), { recursive: true });
    await writeFile(path.join(dir, "elsewhere/linked/2021-Q4.md"), "---\n---\n");
    await symlink(path.join(dir, "elsewhere/linked"), path.join(dir, "groups/g-30x"));

    const walk = await walkContent(dir, (rel) => rel);

    const groupsInOrder = [...slugs, "test", "g-30x"].sort();
    expect(walk.groupFolders).toEqual(groupsInOrder);
    const expected = groupsInOrder.flatMap((slug) => {
      if (slug === "test") return ["groups/test/index.md"];
      if (slug === "g-30x") return ["groups/g-30x/2021-Q4.md"];
      const names = ["2019-Q1.md", ...(slug === "g-42" ? ["2019-Q2.review.md"] : []), "2020-Q1.md", "2020-Q3.md", "index.md"];
      return names.map((name) => `groups/${slug}/${name}`);
    });
    expect(walk.files.map((f) => f.rel)).toEqual(["site.yaml", ...expected]);
    expect(walk.diagnostics.map((d) => [d.code, d.file])).toEqual([["unknown-file", "groups/g-07/notes.txt"]]);
  });
});
