// --path-prefix goes into every href of every page, the feeds and the sitemap: only plain folder
// names are taken, so nothing in it needs escaping anywhere (issue #17).
import { expect, it } from "vitest";
import { normalisePrefix } from "../../src/cli/build.ts";
import { UsageError } from "../../src/cli/io.ts";
import { run } from "../../src/cli/main.ts";
import { captureIo } from "../helpers/cli.ts";

it.each([
  ["/", "/"],
  ["", "/"],
  ["sig", "/sig/"],
  ["/sig-reports/2024/", "/sig-reports/2024/"],
  ["//a.b_c~d//", "/a.b_c~d/"],
])("takes %j as %j", (given, expected) => {
  expect(normalisePrefix(given)).toBe(expected);
});

it.each(['/x"><img src=//evil.example/p>', "/a b/", "/../etc/", "/x?y", "/x#y", "/ü/", "/x%2F/", "/a\nb/"])("refuses %j", (given) => {
  expect(() => normalisePrefix(given)).toThrow(UsageError);
});

it("build exits 2 with the reason, before touching anything", async () => {
  const io = captureIo();
  expect(await run(["build", "--path-prefix", '/x"><img src=//e>', "--output", "/nonexistent/never"], io)).toBe(2);
  expect(io.stderr.join("\n")).toContain('--path-prefix "/x\\"><img src=//e>" is not a path of plain folder names');
});
