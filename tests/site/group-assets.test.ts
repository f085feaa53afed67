// A group's assets/ folder is published at the group's address, and a report's `assets/…` links
// and images find it, under a path prefix too; a link to a file that is not there is an error
// with the file and line; anything else in a group folder still is an error.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { buildInto } from "../helpers/build.ts";
import { captureIo, makeContent } from "../helpers/content.ts";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

const REPORT = [
  "---",
  "title: Charts",
  "---",
  "We met twice.",
  "",
  "## Attendance",
  "",
  "![Attendance by month](assets/chart.png)",
  "",
  "The [slides](./assets/slides/q2.pdf) are online.",
  "",
].join("\n");

describe("group assets", () => {
  it("copies groups/<slug>/assets/ to the group's URL, and a report's links to it resolve under --path-prefix /sig/", async () => {
    const content = await makeContent({
      "groups/test/2019-Q2.md": REPORT,
      "groups/test/assets/chart.png": PNG,
      "groups/test/assets/slides/q2.pdf": "%PDF-1.4 slides",
    });
    const built = await buildInto(content, ["--path-prefix", "/sig/", "--no-search"]);
    expect(built.status, built.stderr).toBe(0);
    expect(await readFile(path.join(built.output, "groups/test/assets/chart.png"))).toEqual(PNG);
    expect(await readFile(path.join(built.output, "groups/test/assets/slides/q2.pdf"), "utf8")).toBe("%PDF-1.4 slides");

    const page = await readFile(path.join(built.output, "groups/test/2019-q2/index.html"), "utf8");
    const { document } = parseHTML(page);
    const img = document.querySelector('img[alt="Attendance by month"]')!;
    expect(img.getAttribute("src")).toBe("/sig/groups/test/assets/chart.png");
    const slides = [...document.querySelectorAll("a")].find((a) => a.textContent === "slides")!;
    expect(slides.getAttribute("href")).toBe("/sig/groups/test/assets/slides/q2.pdf");
    // Served under /sig/, each address is the file in the output folder.
    for (const url of [img.getAttribute("src")!, slides.getAttribute("href")!]) {
      await expect(readFile(path.join(built.output, url.replace(/^\/sig\//, "")))).resolves.toBeDefined();
    }
  });

  it("sigreport check: a report linking a file that is not in assets/ is an error with file, line and column", async () => {
    const content = await makeContent({ "groups/test/2019-Q2.md": REPORT, "groups/test/assets/chart.png": PNG });
    const io = captureIo();
    expect(await run(["check", content], io)).toBe(1);
    expect(io.stdout()).toContain(
      `${content}/groups/test/2019-Q2.md:10:16 error The link to assets/slides/q2.pdf finds no file: groups/test/assets/slides/q2.pdf does not exist. [missing-asset]`,
    );
    expect(io.stdout()).toContain("1 error in 1 file.");
  });

  it("sigreport check: a report with images but no assets/ folder at all says so; other files in a group folder are still errors", async () => {
    const content = await makeContent({ "groups/test/2019-Q2.md": REPORT, "groups/test/notes.txt": "stray", "groups/test/pictures/chart.png": PNG });
    const io = captureIo();
    expect(await run(["check", content, "--format", "json"], io)).toBe(1);
    const { diagnostics } = JSON.parse(io.stdout()) as { diagnostics: { code: string; line: number; found?: string; file: string }[] };
    expect(diagnostics.map((d) => [d.code, d.file.slice(content.length), d.line])).toEqual([
      ["missing-asset", "/groups/test/2019-Q2.md", 8],
      ["missing-asset", "/groups/test/2019-Q2.md", 10],
      ["unknown-file", "/groups/test/notes.txt", 1],
      ["unknown-file", "/groups/test/pictures", 1],
    ]);
    expect(diagnostics[0]!.found).toBe("no groups/test/assets/ folder");
  });
});
