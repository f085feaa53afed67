// The fixture content folders, and each one made ready to load: a bad-input case whose input
// cannot be committed as plain files (bytes, sizes, symlinks, line endings) has a setup.ts that
// writes it into a temporary copy.
import { existsSync, readdirSync, statSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { EXAMPLE_CONTENT } from "./content.ts";

export const FIXTURES = path.resolve("tests/fixtures");
export const BAD_CASES = path.join(FIXTURES, "bad");

/** Each bad-input case folder, by name. */
export const badCaseNames = readdirSync(BAD_CASES)
  .filter((name) => statSync(path.join(BAD_CASES, name)).isDirectory())
  .sort();

/** The example, the oversight fixture and every bad-input case. */
export const FIXTURE_FOLDERS = [EXAMPLE_CONTENT, path.join(FIXTURES, "oversight"), ...badCaseNames.map((name) => path.join(BAD_CASES, name))];

/** Prepares fixture folders and removes the temporary copies made for them (call remove in afterAll). */
export function fixtureCopies() {
  const temps: string[] = [];
  return {
    /** The folder that holds site.yaml for `dir` (its content/ if it has one), set up by its setup.ts if any. */
    async contentOf(dir: string): Promise<string> {
      const setupFile = path.join(dir, "setup.ts");
      if (!existsSync(setupFile)) return existsSync(path.join(dir, "content")) ? path.join(dir, "content") : dir;
      const temp = await mkdtemp(path.join(os.tmpdir(), `sigreport-${path.basename(dir)}-`));
      temps.push(temp);
      await cp(dir, temp, { recursive: true });
      const setup = (await import(pathToFileURL(setupFile).href)) as { default: (content: string) => Promise<void> };
      await setup.default(path.join(temp, "content"));
      return path.join(temp, "content");
    },
    remove: () => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))),
  };
}
