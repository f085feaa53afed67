// A site with Eleventy things of its own (a pages folder, an eleventy.config.mjs with a transform),
// built by `sigreport build` from its own folder, as an adopter runs it.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";
import { htmlPages, page } from "../helpers/site.ts";

const MARK = "<!-- seen by the adopter's transform -->";
const TSX = pathToFileURL(path.resolve("node_modules/tsx/dist/loader.mjs")).href;
const MAIN = path.resolve("src/cli/main.ts");

async function adopterSite(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "sigreport-adopter-"));
  await writeFile(
    path.join(root, "eleventy.config.mjs"),
    `export default function (eleventyConfig) {
  eleventyConfig.addTransform("mark", function (content) {
    return this.page.outputPath.endsWith(".html") ? content.replace("</body>", ${JSON.stringify(`${MARK}</body>`)}) : content;
  });
}
`,
  );
  await mkdir(path.join(root, "pages"));
  await writeFile(path.join(root, "pages/about.md"), "---\ntitle: About these reports\n---\n# About these reports\n\nRead the [groups](/groups/).\n");
  return root;
}

it.each(["/", "/sig/"])("an adopter's Eleventy transform sees every HTML page, and their own page has the site's layout (prefix %s)", async (prefix) => {
  const root = await adopterSite();
  const out = path.join(root, "_site");
  const env = { ...process.env, SIGREPORT_TODAY: "2019-10-15" };
  const run = spawnSync(process.execPath, ["--import", TSX, MAIN, "build", "--content", EXAMPLE_CONTENT, "--output", out, "--no-search", "--path-prefix", prefix], { cwd: root, env, encoding: "utf8", timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  const plain = await buildInto(EXAMPLE_CONTENT, ["--no-search", "--path-prefix", prefix], { SIGREPORT_TODAY: "2019-10-15" });
  expect(plain.status, plain.stderr).toBe(0);

  const pages = htmlPages(out);
  expect(pages).toEqual([...htmlPages(plain.output), "about/index.html"].sort());
  for (const file of pages) {
    const text = await readFile(path.join(out, file), "utf8");
    expect(text, file).toContain(MARK);
    // Apart from the mark, the archive's pages are those of a build without Eleventy.
    if (file !== "about/index.html") expect(text.replace(MARK, ""), file).toBe(await readFile(path.join(plain.output, file), "utf8"));
  }
  const about = page(out, "about/index.html");
  expect(about.querySelector("h1")?.textContent).toBe("About these reports");
  expect(about.querySelector("title")?.textContent).toContain("Hyperledger SIG reports");
  expect(about.querySelector("nav.site-nav a")?.getAttribute("href")).toBe(`${prefix}groups/`);
  expect(about.querySelector("main a[href$='groups/']")?.getAttribute("href")).toBe(`${prefix}groups/`);
}, 180_000);
