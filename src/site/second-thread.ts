// A whole build renders on both cores: the main thread writes most page kinds while a second thread
// writes the ones below, from its own copy of the archive. One thread left the other core idle for
// most of a build (the file writer's thread is ~85 % idle), and rendering and the views behind it
// are half of a build's time. The site is the same either way: both threads run the same
// `writeSite` over the same page table, and tests/site/second-thread.test.ts compares every file.
//
// Only a whole build splits: the dev server's rewrite after a save is a few pages, and a host's
// transforms (Eleventy's) are functions, which cannot cross threads. When the second thread cannot
// start, or stops before it has written its share, the main thread writes that share itself, so
// the site is complete and any error is the one the main thread meets.
import { Worker } from "node:worker_threads";
import type { Archive, Report } from "../model/archive.ts";
import type { CalendarDate } from "../model/calendar-date.ts";
import { Quarter } from "../model/quarter.ts";
import { PAGE_TABLE, type PageKindName } from "./page-table.ts";

/**
 * The second thread's page kinds. Measured at 1,000 generated reports (each kind's views and
 * rendering, one thread): report pages ≈ 45 % of the rendering and the calendars, through
 * ical-generator, ≈ 10 %; the other kinds and the views they share (people, organisations, tags,
 * quarters, digests, feeds) the rest. The second thread also pays for copying the archive in and
 * indexing it again, so it takes a little less than half.
 */
export const SECOND_THREAD_KINDS: ReadonlySet<PageKindName> = new Set(["report", "calendar"]);

/** What the second thread is sent: an archive as structured clone leaves it (a Quarter becomes a plain object). */
export interface RenderJob {
  archive: Archive;
  outputDir: string;
  pathPrefix: string;
  today: CalendarDate;
  kinds: PageKindName[];
  /** Where its pages' search documents go too (write-site.ts WriteOptions). */
  searchDocuments?: string | undefined;
}

export type RenderReply = { written: number } | { failed: string };

export interface SecondThread {
  /** The kinds this thread writes, the second thread's share left out. */
  mainKinds: ReadonlySet<PageKindName>;
  /** Resolves with the files the second thread wrote, or with undefined when it did not finish (its share is then the caller's to write). */
  done: Promise<number | undefined>;
  stop(): void;
}

/** Starts a second thread (`entry`: src/worker-start.mjs, which runs src/render-worker.ts) on the archive's share of pages; undefined when it cannot start. */
export function startSecondThread(entry: URL, archive: Archive, job: Omit<RenderJob, "archive" | "kinds">): SecondThread | undefined {
  let worker: Worker;
  try {
    worker = new Worker(entry, { workerData: { module: "render-worker" } });
  } catch {
    return undefined;
  }
  const kinds = [...SECOND_THREAD_KINDS];
  const done = new Promise<number | undefined>((resolve) => {
    worker.once("message", (reply: RenderReply) => resolve("written" in reply ? reply.written : undefined));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  }).finally(() => void worker.terminate());
  // Cloned here, before this thread goes on: ~60 ms for 1,000 reports.
  worker.postMessage({ ...job, archive: withoutSectionMarkdown(archive), kinds } satisfies RenderJob);
  return {
    mainKinds: new Set(PAGE_TABLE.map((entry) => entry.kind).filter((kind) => !SECOND_THREAD_KINDS.has(kind))),
    done,
    stop: () => void worker.terminate(),
  };
}

/**
 * The archive the second thread needs: its pages show each section's HTML, never its Markdown
 * (only reports.json and the digests, written on the main thread, do). The Markdown is a quarter
 * of the archive's clone (43 of 179 MB at 10,000 reports): left out, the clone is made faster
 * and the second thread holds less. If its pages ever used it, tests/site/second-thread.test.ts,
 * which compares every file with a build on one thread, would fail.
 */
function withoutSectionMarkdown(archive: Archive): Archive {
  const slim = new Map(archive.reports.map((report) => [report, { ...report, sections: report.sections.map((section) => ({ ...section, markdown: "" })) }]));
  const same = (report: Report) => slim.get(report)!;
  return { ...archive, reports: archive.reports.map(same), groups: archive.groups.map((group) => ({ ...group, reports: group.reports.map(same) })) };
}

type Cloned<T> = Omit<T, "quarter"> & { quarter: Quarter | { year: number; number: Quarter["number"] } };

/** The archive with its Quarters made Quarters again: a clone keeps their fields, not their class. */
export function withQuarters(archive: Archive): Archive {
  const revive = (item: Cloned<{ quarter: Quarter }>) => {
    const { year, number } = item.quarter;
    (item as { quarter: Quarter }).quarter = Quarter.of(year, number);
  };
  // Each report is one object, shared by archive.reports and its group's list, as in the original.
  archive.reports.forEach(revive);
  archive.reviews.forEach(revive);
  archive.quarterIntros.forEach(revive);
  return archive;
}
