// A build killed half-way (CI cancelled, machine out of memory) must leave the previous site whole:
// Eleventy writes into a staging folder, and only a finished build is renamed into place.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { generateContent } from "../../bench/generate.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";
import { buildInto } from "../helpers/build.ts";

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = await readFile(path.join(entry.parentPath, entry.name), "base64");
  }
  return out;
}

it("leaves the previous _site untouched when the build is killed while writing", async () => {
  const old = await buildInto(EXAMPLE_CONTENT);
  expect(old.status).toBe(0);
  await writeFile(path.join(old.output, "marker.txt"), "the old site");
  const before = await snapshot(old.output);

  // Enough reports that writing takes a while, so the kill lands mid-write.
  const content = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-kill-")), "content");
  await generateContent(content, 200);
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "build", "--content", content, "--output", old.output], { stdio: "ignore" });
  const parent = path.dirname(old.output);
  const staging = () => readdirSync(parent).find((n) => n.startsWith("_site.building-"));
  const deadline = Date.now() + 60_000;
  // Wait until Eleventy has written some pages into the staging folder, then kill.
  while (Date.now() < deadline) {
    const dir = staging();
    if (dir && existsSync(path.join(parent, dir, "groups"))) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  expect(staging(), "the build reached its staging folder before the kill").toBeDefined();
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));

  expect(await snapshot(old.output)).toEqual(before);

  // The next build clears the folder the killed one left behind.
  const rebuilt = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "build", "--no-search", "--content", EXAMPLE_CONTENT, "--output", old.output]);
  expect(rebuilt.status).toBe(0);
  expect(readdirSync(parent)).toEqual(["_site"]);
}, 120_000);
