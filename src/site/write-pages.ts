// Writes the page families (templates/pages/): thousands of pages rendered from the typed views
// and written as they are made. Going through Eleventy's per-page pipeline cost ~2 ms a page and
// kept every page in memory until the end of the build (see the Performance section of the README).
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import path from "node:path";
import type { PageFamily } from "../../templates/components/types.ts";
import { addPathPrefix } from "./path-prefix.ts";
import type { SiteViews } from "./view-models/site-views.ts";

/** Enough writes in flight to keep the disk busy while the next page renders. */
const WRITES_IN_FLIGHT = 32;

export interface PageWriter {
  /** Queues one file; resolves when there is room for the next. */
  write(permalink: string, content: string): Promise<void>;
  /** Resolves when every queued file is written; rejects with the first failure. */
  finish(): Promise<number>;
}

export function pageWriter(outputDir: string, pathPrefix: string): PageWriter {
  const made = new Map<string, Promise<unknown>>();
  const pending = new Set<Promise<void>>();
  let failure: unknown;
  let written = 0;

  const folder = (dir: string) => {
    let ready = made.get(dir);
    if (!ready) made.set(dir, (ready = mkdir(dir, { recursive: true })));
    return ready;
  };

  return {
    async write(permalink, content) {
      if (failure) throw failure;
      const file = path.join(outputDir, permalink);
      const body = permalink.endsWith(".html") ? addPathPrefix(content, pathPrefix) : content;
      const job = folder(path.dirname(file))
        .then(() => writeFile(file, body))
        .then(
          () => void written++,
          (error: unknown) => void (failure ??= error),
        );
      pending.add(job);
      void job.finally(() => pending.delete(job));
      if (pending.size >= WRITES_IN_FLIGHT) await Promise.race(pending);
    },
    async finish() {
      await Promise.all(pending);
      if (failure) throw failure;
      return written;
    },
  };
}

export async function writePageFamilies(
  families: readonly PageFamily<{ permalink: string }>[],
  views: SiteViews,
  outputDir: string,
  pathPrefix: string,
): Promise<number> {
  const writer = pageWriter(outputDir, pathPrefix);
  for (const family of families) {
    for (const page of family.pages(views)) await writer.write(page.permalink, family.render(views, page));
  }
  for (const file of views.streamedFiles) await writeChunks(path.join(outputDir, file.permalink), file.chunks());
  return (await writer.finish()) + views.streamedFiles.length;
}

/** Writes a file piece by piece, waiting whenever the stream's buffer is full. */
export async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const stream = createWriteStream(file);
  const done = finished(stream);
  done.catch(() => undefined); // awaited below; a failure while writing surfaces there or from once()
  for (const chunk of chunks) {
    if (stream.errored) break;
    if (!stream.write(chunk)) await once(stream, "drain");
  }
  stream.end();
  await done;
}
