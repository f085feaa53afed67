// Where `sigreport build` may write, and the folders it keeps beside the target while it swaps a
// new site in. The build replaces its output folder whole, so a wrong --output (`.`, the content
// folder, a person's own folder) would delete what the build never made: such targets are refused
// before anything is touched. Every folder the build makes holds a marker naming that folder, and
// only a folder whose marker names it is ever removed: a person's `_site.old-2024/` (even a renamed
// copy of an earlier site, whose marker names `_site`) is left alone.
import { lstat, mkdir, readFile, readdir, readlink, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { describeBuildFault } from "./file-fault.ts";

/** The file every site and every spare folder of a build holds (see the README's "How it is built"). */
export const MARKER = ".sigreport-site";

export interface OutputTarget {
  /** The real folder the site goes to (a symlinked --output is followed). */
  target: string;
  staging: string;
  retired: string;
}

export type OutputCheck = { ok: true; output: OutputTarget } | { ok: false; message: string };

/**
 * Says whether `outputDir` may be replaced by a new site: not a file, not the working folder, not the
 * content folder or a folder holding it, and empty or missing unless it is an earlier sigreport site.
 */
export async function checkOutputTarget(outputDir: string, contentDir: string, cwd = process.cwd()): Promise<OutputCheck> {
  const target = await followLinks(path.resolve(cwd, outputDir));
  const shown = `--output ${outputDir}`;
  const holds = async (folder: string) => isSameOrInside(await followLinks(path.resolve(cwd, folder)), target);
  if (await holds(cwd)) {
    return refuse(`${shown} is the working folder or holds it; the build replaces its output folder whole, so this would delete it.`);
  }
  if (await holds(contentDir)) {
    return refuse(`${shown} is the content folder or holds it; the build replaces its output folder whole, so this would delete the reports.`);
  }
  const info = await stat(target).catch(() => undefined);
  if (info && !info.isDirectory()) return refuse(`${shown} is a file, not a folder; the build writes a folder of pages there and would delete the file.`);
  if (info && !(await markerNames(target, path.basename(target), { anyName: true })) && !(await isUnmarkedSite(target))) {
    const entries = await readdir(target).catch(() => [] as string[]);
    if (entries.length > 0) {
      return refuse(
        `${shown} is a folder that holds files but is not a site sigreport built (it has no ${MARKER} file); the build replaces its output folder whole, so they would be deleted.`,
      );
    }
  }
  return {
    ok: true,
    output: { target, staging: `${target}.building-${process.pid}`, retired: `${target}.old-${process.pid}` },
  };
}

/**
 * The output folder, checked (exit 2 when refused, nothing touched) and tidied: a target that a
 * killed build left missing comes back before anything else can fail.
 */
export async function claimOutput(
  outputDir: string,
  contentDir: string,
): Promise<{ ok: true; output: OutputTarget } | { ok: false; exitCode: number; message: string }> {
  const checked = await checkOutputTarget(outputDir, contentDir);
  if (!checked.ok) return { ok: false, exitCode: 2, message: `${checked.message} Nothing was built or removed.` };
  try {
    await recoverSpareFolders(checked.output.target);
  } catch (error) {
    return { ok: false, exitCode: 1, message: `The folders beside ${outputDir}/ could not be tidied: ${describeBuildFault(error, outputDir)}` };
  }
  return checked;
}

const refuse = (message: string): OutputCheck => ({ ok: false, message: `${message} Give an empty or new folder with --output.` });

/**
 * Before a build: a target that a killed build left missing is restored from its complete retired
 * copy, then the spare folders of builds that are no longer running are removed.
 */
export async function recoverSpareFolders(target: string): Promise<void> {
  const spares = await spareFolders(target);
  if (!(await exists(target))) {
    const earlier = spares.find((s) => s.kind === "old");
    if (earlier) {
      await rename(earlier.dir, target);
      await writeMarker(target);
      spares.splice(spares.indexOf(earlier), 1);
    }
  }
  for (const spare of spares) await rm(spare.dir, { recursive: true, force: true });
}

/** Makes the staging folder, marked as the build's own before anything is written into it. */
export async function startStaging(output: OutputTarget): Promise<void> {
  await rm(output.staging, { recursive: true, force: true });
  await mkdir(output.staging, { recursive: true });
  await writeMarker(output.staging);
}

/**
 * Two renames: the target is never missing for longer than between them, and never half-written.
 * If the second fails, the old site is put back, so a failed build leaves what was there.
 */
export async function swapIn(output: OutputTarget): Promise<void> {
  const { staging, target, retired } = output;
  let hadTarget = await exists(target);
  if (hadTarget) {
    await writeMarker(target, retired);
    await rename(target, retired);
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadTarget) {
      await rename(retired, target);
      await writeMarker(target);
      hadTarget = false;
    }
    throw error;
  }
  await writeMarker(target);
  if (hadTarget) await rm(retired, { recursive: true, force: true });
}

/** After a failed build: removes its staging folder and says truthfully what the target holds now. */
export async function abandonStaging(output: OutputTarget, outputDir: string, hadSite: boolean): Promise<string> {
  await rm(output.staging, { recursive: true, force: true }).catch(() => undefined);
  if (hadSite && (await isSite(output.target))) return `${outputDir}/ is unchanged.`;
  if (hadSite) return `${outputDir}/ is missing; the previous site may be in ${path.basename(output.retired)}/ beside it.`;
  return `No site was written to ${outputDir}/.`;
}

export async function isSite(target: string): Promise<boolean> {
  return (await exists(path.join(target, MARKER))) || isUnmarkedSite(target);
}

/** A site built before sites carried the marker: the files every sigreport site has. */
async function isUnmarkedSite(target: string): Promise<boolean> {
  const files = ["index.html", "reports.json", "assets/site.css", "schema/report.schema.json"];
  return (await Promise.all(files.map((f) => exists(path.join(target, f))))).every(Boolean);
}

async function spareFolders(target: string): Promise<{ dir: string; kind: "building" | "old" }[]> {
  const base = `${path.basename(target)}.`;
  const parent = path.dirname(target);
  const found: { dir: string; kind: "building" | "old" }[] = [];
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const match = name.startsWith(base) ? /^(building|old)-(\d+)$/.exec(name.slice(base.length)) : null;
    if (!match || isRunning(Number(match[2]))) continue;
    const dir = path.join(parent, name);
    // Only a folder this build's code made and named: its marker names this very folder.
    if (await markerNames(dir, name)) found.push({ dir, kind: match[1] as "building" | "old" });
  }
  return found;
}

async function writeMarker(dir: string, as = dir): Promise<void> {
  await writeFile(path.join(dir, MARKER), `${JSON.stringify({ folder: path.basename(as) })}\n`);
}

async function markerNames(dir: string, name: string, { anyName = false } = {}): Promise<boolean> {
  const text = await readFile(path.join(dir, MARKER), "utf8").catch(() => undefined);
  if (text === undefined) return false;
  if (anyName) return true;
  try {
    return (JSON.parse(text) as { folder?: unknown }).folder === name;
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The real path, following symlinks; for a link to a folder not made yet, where it points. */
async function followLinks(file: string, depth = 0): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    const info = await lstat(file).catch(() => undefined);
    if (info?.isSymbolicLink() && depth < 40) return followLinks(path.resolve(path.dirname(file), await readlink(file)), depth + 1);
    const parent = path.dirname(file);
    return parent === file ? file : path.join(await followLinks(parent, depth + 1), path.basename(file));
  }
}

const isSameOrInside = (inner: string, outer: string) => {
  const rel = path.relative(outer, inner);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
};

const exists = (file: string) => lstat(file).then(() => true, () => false);
