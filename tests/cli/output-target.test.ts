// The build replaces its output folder whole, so it must never be pointed at something it did not
// make (issue #17, "Files lost"). Refusals run in-process (they stop before Eleventy); builds that
// write run the CLI in a child process, as in real use.
import { existsSync, lstatSync, readdirSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rename, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../src/cli/build.ts";
import { argsFor } from "../../src/cli/main.ts";
import { MARKER } from "../../src/cli/output-target.ts";
import { runCli } from "../helpers/build.ts";
import { captureIo, makeContent } from "../helpers/content.ts";

const REPORT = "---\nquarter: 2019-Q2\nsubmitted: 2019-07-12\n---\nWe met.\n";

async function refusal(args: string[], cwd?: string) {
  const io = captureIo();
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const status = await build(argsFor("build", ["--no-search", ...args]), io);
    return { status, stderr: io.stderr() };
  } finally {
    process.chdir(before);
  }
}

async function listing(dir: string): Promise<string[]> {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

describe("an --output the build must not replace is refused, exit 2, nothing touched", () => {
  it("an existing file", async () => {
    const content = await makeContent({ "groups/test/2019-Q2.md": REPORT });
    const file = path.join(content, "..", `notes-${path.basename(content)}.txt`);
    await writeFile(file, "my notes");
    const { status, stderr } = await refusal(["--content", content, "--output", file]);
    expect(status).toBe(2);
    expect(stderr).toBe(`--output ${file} is a file, not a folder; the build writes a folder of pages there and would delete the file. Give an empty or new folder with --output. Nothing was built or removed.\n`);
    expect(await readFile(file, "utf8")).toBe("my notes");
  });

  it("the working folder, and a folder holding it", async () => {
    const content = await makeContent({ "groups/test/2019-Q2.md": REPORT });
    const work = await mkdtemp(path.join(tmpdir(), "sigreport-work-"));
    await writeFile(path.join(work, "package.json"), "{}");
    for (const output of [".", "..", work]) {
      const { status, stderr } = await refusal(["--content", content, "--output", output], work);
      expect(status).toBe(2);
      expect(stderr).toContain(`--output ${output} is the working folder or holds it; the build replaces its output folder whole, so this would delete it.`);
    }
    expect(await listing(work)).toEqual(["package.json"]);
  });

  it("the content folder, and a folder holding it", async () => {
    // In a folder of its own: the temporary folder itself may hold the working folder (a checkout in /tmp).
    const content = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-holder-")), "content");
    await cp(await makeContent({ "groups/test/2019-Q2.md": REPORT }), content, { recursive: true });
    const before = await listing(content);
    for (const output of [content, path.dirname(content), `${content}/groups/..`]) {
      const { status, stderr } = await refusal(["--content", content, "--output", output]);
      expect(status).toBe(2);
      expect(stderr).toContain(`--output ${output} is the content folder or holds it;`);
    }
    expect(await listing(content)).toEqual(before);
  });

  it("a folder with files that is not an earlier sigreport site", async () => {
    const content = await makeContent({ "groups/test/2019-Q2.md": REPORT });
    const mine = await mkdtemp(path.join(tmpdir(), "sigreport-mine-"));
    await writeFile(path.join(mine, "thesis.tex"), "\\begin{document}");
    const { status, stderr } = await refusal(["--content", content, "--output", mine]);
    expect(status).toBe(2);
    expect(stderr).toContain(`is a folder that holds files but is not a site sigreport built (it has no ${MARKER} file)`);
    expect(await listing(mine)).toEqual(["thesis.tex"]);
  });
});

describe("what the build writes and removes", () => {
  it("replaces an earlier site of its own and an empty folder; leaves a person's _site.old-2024/ alone", async () => {
    const content = await makeContent({ "groups/test/2019-Q2.md": REPORT });
    const parent = await mkdtemp(path.join(tmpdir(), "sigreport-out-"));
    const output = path.join(parent, "_site");
    await mkdir(output);
    expect(runCli(["build", "--no-search", "--content", content, "--output", output]).status).toBe(0);
    expect(existsSync(path.join(output, MARKER))).toBe(true);
    // A person keeps last year's site by renaming it, and their own folder of the same shape.
    await cp(output, path.join(parent, "_site.old-2024"), { recursive: true });
    await mkdir(path.join(parent, "_site.building-7"));
    await writeFile(path.join(parent, "_site.building-7", "draft.txt"), "mine");
    const second = runCli(["build", "--no-search", "--content", content, "--output", output]);
    expect(second.status, second.stderr).toBe(0);
    expect(readdirSync(parent).sort()).toEqual(["_site", "_site.building-7", "_site.old-2024"]);
    expect(existsSync(path.join(parent, "_site.old-2024", "index.html"))).toBe(true);
  });

  it("restores a target that a build killed between its two renames left missing, before anything else", async () => {
    const content = await makeContent({ "groups/test/2019-Q2.md": REPORT });
    const parent = await mkdtemp(path.join(tmpdir(), "sigreport-out-"));
    const output = path.join(parent, "_site");
    expect(runCli(["build", "--no-search", "--content", content, "--output", output]).status).toBe(0);
    await writeFile(path.join(output, "the-old-site.txt"), "old");
    // What a build with pid 2147483646 (not running) leaves after its first rename: the old site
    // retired under its spare name (its marker names it), and its new site in staging.
    const dead = 2_147_483_646;
    await rename(output, path.join(parent, `_site.old-${dead}`));
    await writeFile(path.join(parent, `_site.old-${dead}`, MARKER), `${JSON.stringify({ folder: `_site.old-${dead}` })}\n`);
    await mkdir(path.join(parent, `_site.building-${dead}`));
    await writeFile(path.join(parent, `_site.building-${dead}`, MARKER), `${JSON.stringify({ folder: `_site.building-${dead}` })}\n`);

    // The next build fails on its content: the old site is back, and "unchanged" is true.
    await writeFile(path.join(content, "groups/test/2019-Q3.md"), "---\nquarter: 2019-Q9\n---\n");
    const failed = runCli(["build", "--no-search", "--content", content, "--output", output]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`Nothing was built; ${output}/ is unchanged.`);
    expect(readdirSync(parent)).toEqual(["_site"]);
    expect(await readFile(path.join(output, "the-old-site.txt"), "utf8")).toBe("old");
  });

  it("says no site was written, not 'unchanged', when a first build fails to write", async () => {
    const content = await makeContent({ "groups/test/2019-Q2.md": REPORT });
    const file = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-out-")), "a-file");
    await writeFile(file, "");
    const output = path.join(file, "_site");
    const run = runCli(["build", "--no-search", "--content", content, "--output", output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("The site could not be built: part of the path is a file, not a folder (writing ");
    expect(run.stderr).toContain(`No site was written to ${output}/.`);
    expect(run.stderr).not.toMatch(/\n\s+at |unchanged/);
  });

  it("follows a symlinked output: the link stays, the site goes where it points", async () => {
    const content = await makeContent({ "groups/test/2019-Q2.md": REPORT });
    const parent = await mkdtemp(path.join(tmpdir(), "sigreport-out-"));
    const real = path.join(parent, "www");
    await mkdir(real);
    await symlink(real, path.join(parent, "_site"));
    for (let i = 0; i < 2; i++) {
      const run = runCli(["build", "--no-search", "--content", content, "--output", path.join(parent, "_site")]);
      expect(run.status, run.stderr).toBe(0);
    }
    expect(lstatSync(path.join(parent, "_site")).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(real, "index.html"))).toBe(true);
    expect(readdirSync(parent).sort()).toEqual(["_site", "www"]);
  });
});

it("takes a site built before sites carried the marker as an earlier site", async () => {
  const content = await makeContent({ "groups/test/2019-Q2.md": REPORT });
  const output = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-out-")), "_site");
  for (const file of ["index.html", "reports.json", "assets/site.css", "schema/report.schema.json"]) {
    await mkdir(path.dirname(path.join(output, file)), { recursive: true });
    await writeFile(path.join(output, file), "old");
  }
  const run = runCli(["build", "--no-search", "--content", content, "--output", output]);
  expect(run.status, run.stderr).toBe(0);
  expect(existsSync(path.join(output, MARKER))).toBe(true);
});
