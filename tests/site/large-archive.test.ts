// A generated archive big enough that people, organisations and tags have several pages of
// sessions: every link of every page, pagers included, must resolve, with and without a prefix.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { generateContent } from "../../bench/generate.ts";
import { buildInto } from "../helpers/build.ts";
import { brokenLinks, exists, page } from "../helpers/site.ts";

let out = "";
let prefixed = "";

beforeAll(async () => {
  const content = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-large-")), "content");
  await generateContent(content, 120);
  const env = { SIGREPORT_TODAY: "2026-11-24" };
  const [plain, withPrefix] = [await buildInto(content, ["--no-search", "--quiet"], env), await buildInto(content, ["--no-search", "--path-prefix", "/sig/"], env)];
  expect(plain.stderr).toBe("");
  expect(plain.status).toBe(0);
  expect(withPrefix.status).toBe(0);
  out = plain.output;
  prefixed = withPrefix.output;
}, 120_000);

it("writes the later pages of a long session list, linked from the first", () => {
  const first = page(out, "/organizations/acme-ledger/");
  const older = first.querySelector('.pager a[rel="next"]')?.getAttribute("href");
  expect(older).toBe("/organizations/acme-ledger/page/2/");
  expect(exists(out, "/organizations/acme-ledger/page/2/")).toBe(true);
  const second = page(out, "/organizations/acme-ledger/page/2/");
  expect(second.querySelector("title")?.textContent).toContain("page 2 of");
  expect(second.querySelector('.pager a[rel="prev"]')?.getAttribute("href")).toBe("/organizations/acme-ledger/");
});

it("every internal link of every page resolves, with and without a path prefix", () => {
  // Built with --no-search, for speed: only the search page's Pagefind files are missing.
  const broken = (dir: string, prefix?: string) => brokenLinks(dir, prefix).filter((b) => !b.value.includes("/pagefind/"));
  expect(broken(out)).toEqual([]);
  expect(broken(prefixed, "/sig/")).toEqual([]);
});
