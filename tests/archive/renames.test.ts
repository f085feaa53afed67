import { describe, expect, it } from "vitest";
import { renames } from "../../src/archive/renames.ts";
import { groupPath, reportPath } from "../../src/archive/urls.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { Quarter } from "../../src/model/quarter.ts";
import { makeContent } from "../helpers/content.ts";
import { loadOversight } from "../helpers/oversight.ts";

describe("addresses", () => {
  it("put reports under their group, by quarter in URL form", () => {
    expect(groupPath("beta")).toBe("/groups/beta/");
    expect(reportPath("beta", Quarter.parse("2019-Q3")!)).toBe("/groups/beta/2019-q3/");
  });
});

describe("renamed groups", () => {
  it("redirect the old group page and every report page to the new folder's", async () => {
    const { archive } = await loadOversight();
    expect(renames(archive)).toEqual({
      redirects: [
        { from: "/groups/beta-old/", to: "/groups/beta/", group: "beta" },
        { from: "/groups/beta-old/2019-q1/", to: "/groups/beta/2019-q1/", group: "beta", quarter: "2019-Q1" },
        { from: "/groups/beta-old/2019-q2/", to: "/groups/beta/2019-q2/", group: "beta", quarter: "2019-Q2" },
        { from: "/groups/beta-old/2019-q3/", to: "/groups/beta/2019-q3/", group: "beta", quarter: "2019-Q3" },
        { from: "/groups/beta-old/2020-q1/", to: "/groups/beta/2020-q1/", group: "beta", quarter: "2020-Q1" },
      ],
      diagnostics: [],
    });
  });

  it("keeps one history: the renamed group's reports are those of its new folder", async () => {
    const { archive } = await loadOversight();
    const beta = archive.groups.find((g) => g.slug === "beta")!;
    expect(beta.reports.map((r) => r.sourcePath)).toEqual([
      "groups/beta/2019-Q1.md",
      "groups/beta/2019-Q2.md",
      "groups/beta/2019-Q3.md",
      "groups/beta/2020-Q1.md",
    ]);
  });

  it("lists a name once even when formerSlugs repeats it, and redirects several former names", async () => {
    const dir = await makeContent({
      "groups/test/index.md": "---\nname: T\nformerSlugs: [one, two, one]\n---\n",
      "groups/test/2019-Q2.md": "---\n---\nA report.\n",
    });
    const { archive } = await loadArchive(dir);
    expect(renames(archive).redirects.map((r) => `${r.from} → ${r.to}`)).toEqual([
      "/groups/one/ → /groups/test/",
      "/groups/one/2019-q2/ → /groups/test/2019-q2/",
      "/groups/two/ → /groups/test/",
      "/groups/two/2019-q2/ → /groups/test/2019-q2/",
    ]);
  });

  it("refuse a former name that is a current folder, or that two groups claim, and redirect neither", async () => {
    const dir = await makeContent({
      "groups/test/index.md": "---\nname: T\nformerSlugs: [other, shared, test]\n---\n",
      "groups/other/index.md": "---\nname: O\nformerSlugs: [shared, fine]\n---\n",
    });
    const { archive, diagnostics } = await loadArchive(dir);
    expect(diagnostics).toEqual([]);
    const result = renames(archive);
    expect(result.redirects.map((r) => r.from)).toEqual(["/groups/fine/"]);
    expect(result.diagnostics.map((d) => [d.file, d.field, d.code, d.message])).toEqual([
      ["groups/other/index.md", "formerSlugs[0]", "former-slug-claimed-twice", '"shared" is listed as a former name by groups/other/ and groups/test/.'],
      ["groups/test/index.md", "formerSlugs[0]", "former-slug-is-current-folder", '"other" is listed as a former name, but groups/other/ is a current group\'s folder.'],
      ["groups/test/index.md", "formerSlugs[1]", "former-slug-claimed-twice", '"shared" is listed as a former name by groups/other/ and groups/test/.'],
      ["groups/test/index.md", "formerSlugs[2]", "former-slug-is-current-folder", '"test" is this group\'s own folder, not a former one.'],
    ]);
    expect(result.diagnostics.every((d) => d.severity === "error" && d.hint.length > 0)).toBe(true);
  });
});
