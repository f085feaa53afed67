// Branding from site.yaml: the accent (contrast-checked, carried by /assets/brand.css because the
// CSP forbids inline style), the logo, extra navigation links and a footer line; and no trace of
// any of it when site.yaml gives none.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/load/load-archive.ts";
import { buildInto } from "../helpers/build.ts";
import { DEFAULT_SITE, makeContent } from "../helpers/content.ts";
import { exists, htmlPages, page } from "../helpers/site.ts";

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>\n';
const BRANDED = `${DEFAULT_SITE}logo: images/logo.svg
accent:
  light: "#2b7858"
  dark: "#4d9e83"
nav:
  - label: Foundation home
    url: https://example.org/
footer: "© 2026 Example <Foundation>"
`;

describe("a branded site", () => {
  it("links brand.css with the accent on every page, shows the logo, the extra link and the footer line", async () => {
    const content = await makeContent({ "site.yaml": BRANDED, "images/logo.svg": LOGO });
    const run = await buildInto(content, ["--no-search"], { SIGREPORT_TODAY: "2026-12-01" });
    expect(run.status, run.stderr).toBe(0);
    const css = readFileSync(path.join(run.output, "assets", "brand.css"), "utf8");
    expect(css).toMatch(/^:root \{ --accent: #2b7858;/m);
    expect(css).toMatch(/prefers-color-scheme: dark\) \{ :root \{ --accent: #4d9e83;/);
    expect(readFileSync(path.join(run.output, "assets", "logo.svg"), "utf8")).toBe(LOGO);
    const pages = htmlPages(run.output).filter((f) => page(run.output, f).querySelector(".site-header"));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const doc = page(run.output, file);
      expect(doc.querySelector('link[rel="stylesheet"][href="/assets/brand.css"]'), file).not.toBeNull();
      expect(doc.querySelector(".site-title img.site-logo")?.getAttribute("src"), file).toBe("/assets/logo.svg");
      expect(doc.querySelector('.site-nav a[href="https://example.org/"]')?.textContent, file).toBe("Foundation home");
      // Maintainers' text is escaped like any other.
      expect(doc.querySelector(".site-footer__line")?.textContent, file).toBe("© 2026 Example <Foundation>");
    }
  });

  it("follows the path prefix", async () => {
    const content = await makeContent({ "site.yaml": BRANDED, "images/logo.svg": LOGO });
    const run = await buildInto(content, ["--no-search", "--path-prefix", "/sig/"], { SIGREPORT_TODAY: "2026-12-01" });
    expect(run.status, run.stderr).toBe(0);
    const doc = page(run.output, "/");
    expect(doc.querySelector('link[href="/sig/assets/brand.css"]')).not.toBeNull();
    expect(doc.querySelector("img.site-logo")?.getAttribute("src")).toBe("/sig/assets/logo.svg");
    expect(exists(run.output, "/assets/logo.svg")).toBe(true);
  });
});

it("without branding fields, writes no brand.css and links none", async () => {
  const run = await buildInto(await makeContent({}), ["--no-search"], { SIGREPORT_TODAY: "2026-12-01" });
  expect(run.status, run.stderr).toBe(0);
  expect(exists(run.output, "/assets/brand.css")).toBe(false);
  expect(page(run.output, "/").querySelector('link[href$="brand.css"], img.site-logo, .site-footer__line')).toBeNull();
});

describe("bad branding is an error with the file, line and field", () => {
  it("names the colour that fails, in which scheme, on which background and by how much", async () => {
    const content = await makeContent({ "site.yaml": `${DEFAULT_SITE}accent:\n  light: "#3fae7f"\n  dark: "#4d9e83"\n` });
    const { diagnostics } = await loadArchive(content);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "invalid-value", line: 3, field: "accent.light", found: '"#3fae7f"' });
    expect(diagnostics[0]!.expected).toMatch(/at least 4\.5:1 contrast \(WCAG AA\) on the light panel background #eef1f5; #3fae7f has 2\.44:1, 2\.0\d short \(#[0-9a-f]{6}, a little darker, passes\)/);
  });

  it.each([
    ["accent:\n  light: 1d5bb8\n  dark: \"#84b4ff\"\n", "accent.light", /#rrggbb/],
    ["accent:\n  light: \"#1d5bb8\"\n", "accent.dark", /required/],
    ["logo: ../outside.svg\n", "logo", /without \.\.\//],
    ["logo: logo.exe\n", "logo", /an image file/],
  ])("%j", async (yaml, field, says) => {
    const { diagnostics } = await loadArchive(await makeContent({ "site.yaml": DEFAULT_SITE + yaml }));
    expect(diagnostics.map((d) => d.field)).toEqual([field]);
    expect(`${diagnostics[0]!.message} ${diagnostics[0]!.expected}`).toMatch(says);
  });

  it("a logo that is not in the content folder", async () => {
    const { diagnostics } = await loadArchive(await makeContent({ "site.yaml": `${DEFAULT_SITE}description: x\nlogo: logo.svg\n` }));
    expect(diagnostics).toMatchObject([{ code: "site-logo-missing", severity: "error", line: 3, field: "logo" }]);
  });
});
