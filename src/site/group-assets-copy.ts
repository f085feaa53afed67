// Publishes each group's assets/ folder at the group's address: the files are listed as
// {source, permalink} (the same shape as a page) and copied as they are, byte for byte.
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { assetUrl } from "../archive/group-assets.ts";
import type { Archive } from "../model/archive.ts";

export interface AssetCopy {
  /** The file in the content folder. */
  source: string;
  /** Where it is published, root-absolute. */
  permalink: string;
}

export function groupAssetCopies(archive: Archive, contentDir: string): AssetCopy[] {
  return archive.groups.flatMap((g) =>
    (g.assets ?? []).map((file) => ({ source: path.join(contentDir, "groups", g.slug, "assets", ...file.split("/")), permalink: assetUrl(g.slug, file) })),
  );
}

/** Copies every asset into the site folder; resolves with how many. */
export async function copyAssets(copies: readonly AssetCopy[], outputDir: string): Promise<number> {
  const folders = new Set(copies.map((c) => path.dirname(path.join(outputDir, c.permalink))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all(copies.map((c) => copyFile(c.source, path.join(outputDir, c.permalink))));
  return copies.length;
}
