// Lists the content folder against the layout in the spec. Every file is accounted for: a report,
// a group's index, the site settings, an allowed asset, or an error. Nothing is silently skipped
// but hidden files (.DS_Store, .gitkeep), which editors and operating systems leave behind.
import type { Dirent } from "node:fs";
import { lstat, readdir, readlink, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { GROUP_SLUG, PLAUSIBLE_YEARS, isPlausibleYear } from "../model/fields.ts";
import { Quarter } from "../model/quarter.ts";
import { type Diagnostic, diagnostic } from "./diagnostics.ts";

export type ContentFile =
  | { kind: "site"; abs: string; rel: string }
  | { kind: "group"; group: string; abs: string; rel: string }
  | { kind: "report"; group: string; quarter: Quarter; abs: string; rel: string }
  | { kind: "review"; group: string; quarter: Quarter; abs: string; rel: string }
  | { kind: "quarter-intro"; quarter: Quarter; abs: string; rel: string };

export interface Walk {
  files: ContentFile[];
  /** Group folders seen, whether or not they hold an index.md. */
  groupFolders: string[];
  /** Each group's files under groups/<slug>/assets/, as posix paths inside that folder (e.g. "charts/q2.png"). */
  assets: Map<string, string[]>;
  diagnostics: Diagnostic[];
}

export class ContentFolderMissing extends Error {
  constructor(readonly dir: string) {
    super(`There is no content folder at ${dir}.`);
  }
}

const REPORT_FILE = /^(\d{4}-[Qq][1-4])\.md$/;
const REVIEW_FILE = /^(\d{4}-[Qq][1-4])\.review\.md$/;
/** The folder of the quarters' introductions, beside groups/. */
export const QUARTERS_FOLDER = "quarters";

/** The group and quarter of the report at `rel` in a content folder (`groups/<group>/<yyyy>-Qn.md`), or undefined for any other file. */
export function reportAt(rel: string): { group: string; quarter: Quarter } | undefined {
  const [top, group, name, ...deeper] = rel.split("/");
  const match = top === "groups" && group && name && deeper.length === 0 ? REPORT_FILE.exec(name) : null;
  return match && group && isPlausibleYear(Number(name!.slice(0, 4))) ? { group, quarter: Quarter.parse(match[1]!)! } : undefined;
}
export const ASSETS_FOLDER = "assets";

export interface WalkOptions {
  /** Called with the number of report files found so far, as each is found (a load starts its workers early by it). */
  onReport?: (count: number) => void;
}

export async function walkContent(contentDir: string, display: (rel: string) => string, options: WalkOptions = {}): Promise<Walk> {
  const root = path.resolve(contentDir);
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat?.isDirectory()) throw new ContentFolderMissing(contentDir);
  const realRoot = await realpath(root);

  const files: ContentFile[] = [];
  const groupFolders: string[] = [];
  const assets = new Map<string, string[]>();
  const diagnostics: Diagnostic[] = [];
  const problem = (code: Diagnostic["code"], rel: string, message: string, extra: Partial<Diagnostic> = {}) =>
    diagnostics.push(diagnostic(code, display(rel), { message, ...extra }));

  /**
   * Resolves a symlink and refuses one that leaves the content folder. `entry`, the folder's listing
   * of it, says what anything but a link is without a call to the file system per file (10,000 in
   * turn took 0.4 s before any report could load).
   */
  async function kindOf(abs: string, rel: string, entry?: Dirent): Promise<"file" | "dir" | "other" | undefined> {
    const info = entry ?? (await lstat(abs));
    if (info.isSymbolicLink()) {
      // The link is named as its author wrote it: the resolved path would show the build machine's
      // folders in a pull-request comment, and differ from one checkout to the next.
      const written = await readlink(abs).catch(() => "an unreadable target");
      const target = await realpath(abs).catch(() => undefined);
      if (target === undefined) {
        problem("broken-link", rel, `${rel} is a link to ${written}, which does not exist; it is not read.`, {
          expected: "a link to an existing file inside the content folder",
          found: `a link to ${written}`,
        });
        return undefined;
      }
      if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
        problem("symlink-outside-content", rel, `${rel} is a link to ${written}, which is outside the content folder; it is not read.`, {
          expected: "a file inside the content folder",
          found: `a link to ${written}`,
        });
        return undefined;
      }
      const targetInfo = await stat(target);
      return targetInfo.isDirectory() ? "dir" : targetInfo.isFile() ? "file" : "other";
    }
    return info.isDirectory() ? "dir" : info.isFile() ? "file" : "other";
  }

  const hidden = (name: string) => name.startsWith(".");
  /** A folder's entries but the hidden ones, in the order of their names. */
  const listing = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true })).filter((entry) => !hidden(entry.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  let reports = 0;
  let sawSite = false;
  for (const entry of await listing(root)) {
    const { name } = entry;
    const kind = await kindOf(path.join(root, name), name, entry);
    if (name === "site.yaml" && kind === "file") {
      files.push({ kind: "site", abs: path.join(root, name), rel: name });
      sawSite = true;
    }
  }
  await walkQuarterIntros();
  if (!sawSite) problem("missing-site-settings", "site.yaml", "The content folder has no site.yaml, so the site has no title.", { expected: "content/site.yaml", found: "no such file" });

  const groupsDir = path.join(root, "groups");
  const groupsKind = await kindOf(groupsDir, "groups").catch(() => undefined);
  if (groupsKind !== "dir") return { files, groupFolders, assets, diagnostics };

  /** Every file under an assets/ folder, at any depth; links in it are held to the content folder like any other. */
  async function listAssets(dir: string, rel: string, inside: string, into: string[]): Promise<void> {
    for (const entry of await listing(dir)) {
      const { name } = entry;
      const kind = await kindOf(path.join(dir, name), `${rel}/${name}`, entry);
      if (kind === "dir") await listAssets(path.join(dir, name), `${rel}/${name}`, `${inside}${name}/`, into);
      else if (kind === "file") into.push(`${inside}${name}`);
    }
  }

  const groups = await listing(groupsDir);
  // Every group folder's listing is asked for at once, so the file system reads them side by side
  // (one after another, 250 folders held the first report back ~0.1 s), and each is taken in
  // order. Only real folders: a link is listed once it is known to stay inside the content folder.
  const listings = new Map(
    groups.flatMap((group) => {
      if (!group.isDirectory() || !GROUP_SLUG.test(group.name)) return [];
      const listed = listing(path.join(groupsDir, group.name));
      // Awaited in its turn below, which throws as before; until then a failure is not unhandled.
      listed.catch(() => undefined);
      return [[group.name, listed] as const];
    }),
  );
  for (const group of groups) {
    const slug = group.name;
    const rel = `groups/${slug}`;
    const kind = await kindOf(path.join(groupsDir, slug), rel, group);
    if (kind === undefined) continue;
    if (kind !== "dir") {
      problem("unknown-file", rel, `${rel} is a file directly in groups/; each group is a folder.`, {
        hint: "Move it into its group's folder, e.g. groups/<group>/2019-Q2.md.",
      });
      continue;
    }
    if (!GROUP_SLUG.test(slug)) {
      problem("bad-group-slug", `${rel}/`, `The group folder ${JSON.stringify(slug)} is not a valid group slug; it is not read.`, {
        expected: "lower-case letters, digits and hyphens",
        found: JSON.stringify(slug),
      });
      continue;
    }
    groupFolders.push(slug);
    for (const entry of await (listings.get(slug) ?? listing(path.join(groupsDir, slug)))) {
      const { name } = entry;
      const fileRel = `${rel}/${name}`;
      const abs = path.join(groupsDir, slug, name);
      const fileKind = await kindOf(abs, fileRel, entry);
      if (fileKind === undefined) continue;
      const report = REPORT_FILE.exec(name);
      const review = REVIEW_FILE.exec(name);
      if (fileKind === "dir" && name === ASSETS_FOLDER) {
        const found: string[] = [];
        await listAssets(abs, fileRel, "", found);
        assets.set(slug, found);
        continue;
      }
      if (fileKind === "file" && name === "index.md") files.push({ kind: "group", group: slug, abs, rel: fileRel });
      else if (fileKind === "file" && report && !isPlausibleYear(Number(name.slice(0, 4)))) {
        // Every quarter from the first report to the last is a column of the status page.
        problem("out-of-range", fileRel, `${JSON.stringify(name)} is named for a quarter of the year ${name.slice(0, 4)}; reports are for years from ${PLAUSIBLE_YEARS.first} to ${PLAUSIBLE_YEARS.last}, so it is not read.`, {
          expected: `YYYY-Qn.md with a year from ${PLAUSIBLE_YEARS.first} to ${PLAUSIBLE_YEARS.last}`,
          found: JSON.stringify(name),
          hint: "Check the year in the file name.",
        });
      } else if (fileKind === "file" && report) {
        files.push({ kind: "report", group: slug, quarter: Quarter.parse(report[1]!)!, abs, rel: fileRel });
        options.onReport?.(++reports);
      } else if (fileKind === "file" && review) {
        files.push({ kind: "review", group: slug, quarter: Quarter.parse(review[1]!)!, abs, rel: fileRel });
      } else if (fileKind === "file" && /\.md$/i.test(name)) {
        problem("bad-file-name", fileRel, `${JSON.stringify(name)} is not a report file name, so it would not be published.`, {
          expected: "YYYY-Qn.md (e.g. 2019-Q2.md), YYYY-Qn.review.md or index.md",
          found: JSON.stringify(name),
        });
      } else {
        problem("unknown-file", fileRel, `${fileRel} is not part of the content layout, so it would not be published.`, {
          expected: "index.md, YYYY-Qn.md or an assets/ folder",
          found: JSON.stringify(fileKind === "dir" ? `${name}/` : name),
        });
      }
    }
  }
  return { files, groupFolders, assets, diagnostics };

  /** `quarters/<YYYY>-Q<n>.md`: each quarter's introduction; nothing else belongs there. */
  async function walkQuarterIntros(): Promise<void> {
    const dir = path.join(root, QUARTERS_FOLDER);
    if ((await kindOf(dir, QUARTERS_FOLDER).catch(() => undefined)) !== "dir") return;
    for (const entry of await listing(dir)) {
      const { name } = entry;
      const rel = `${QUARTERS_FOLDER}/${name}`;
      const abs = path.join(dir, name);
      const fileKind = await kindOf(abs, rel, entry);
      if (fileKind === undefined) continue;
      const match = REPORT_FILE.exec(name);
      if (fileKind === "file" && match) files.push({ kind: "quarter-intro", quarter: Quarter.parse(match[1]!)!, abs, rel });
      else {
        problem("bad-file-name", rel, `${rel} is not a quarter's introduction, so it would not be published.`, {
          expected: "quarters/YYYY-Qn.md, e.g. quarters/2019-Q2.md",
          hint: "Name a quarter's introduction after its quarter, e.g. quarters/2019-Q2.md; nothing else belongs in quarters/.",
          found: JSON.stringify(fileKind === "dir" ? `${name}/` : name),
        });
      }
    }
  }
}
