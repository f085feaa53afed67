// A whole build writes part of its pages on a second thread (src/site/second-thread.ts). The site
// must be the same, file for file and byte for byte, as the one the main thread writes alone, with
// a pinned date and with today's; the same again when the second thread cannot start; and a caller
// who swaps the renderers must get their renderers' pages, never the shipped ones from the thread.
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { beforeAll, describe, expect, it } from "vitest";
import { generateContent } from "../../bench/generate.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { Archive } from "../../src/model/archive.ts";
import { type CalendarDate, today as todayUtc } from "../../src/model/calendar-date.ts";
import { Quarter } from "../../src/model/quarter.ts";
import { siteParts } from "../../src/shipped-templates.ts";
import { type RenderJob, type RenderReply, SECOND_THREAD_KINDS, withQuarters } from "../../src/site/second-thread.ts";
import { type SiteParts, writeArchiveSite } from "../../src/site/write-site.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";
import { CYCLE_CONTENT } from "../helpers/cycle.ts";
import { siteFiles } from "../helpers/site.ts";

const ONE_THREAD: SiteParts = { ...siteParts, secondThread: undefined };
const CANNOT_START: SiteParts = { ...siteParts, secondThread: { entry: new URL("../load/fake-workers/crash-at-start.mjs", import.meta.url), renderers: siteParts.renderers } };

async function write(archive: Archive, contentDir: string, parts: SiteParts, today: CalendarDate, pathPrefix = "/"): Promise<{ dir: string; written: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-threads-"));
  const written = await writeArchiveSite(archive, parts, dir, { today, contentDir, pathPrefix });
  return { dir, written };
}

function contents(dir: string): Map<string, string> {
  return new Map(siteFiles(dir).map((file) => [file, readFileSync(path.join(dir, file), "latin1")]));
}

function expectSameSite(a: string, b: string): void {
  const [left, right] = [contents(a), contents(b)];
  expect([...right.keys()].sort()).toEqual([...left.keys()].sort());
  const differing = [...left].filter(([file, text]) => right.get(file) !== text).map(([file]) => file);
  expect(differing).toEqual([]);
}

let generated = "";
beforeAll(async () => {
  generated = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-threads-content-")), "content");
  await generateContent(generated, 80);
}, 60_000);

describe.each([
  ["the example", () => EXAMPLE_CONTENT],
  ["the reporting-cycle fixture (reviews, quarter introductions)", () => CYCLE_CONTENT],
  ["80 generated reports", () => generated],
])("%s", (_, contentDir) => {
  it.each([
    ["a pinned date", "2026-12-01" as CalendarDate],
    ["today", todayUtc()],
  ])("gives the same site on two threads as on one, on %s", async (_, today) => {
    const { archive } = await loadArchive(contentDir());
    const two = await write(archive, contentDir(), siteParts, today, "/sig/");
    const one = await write(archive, contentDir(), ONE_THREAD, today, "/sig/");
    expect(two.written).toBe(one.written);
    expectSameSite(one.dir, two.dir);
  }, 60_000);
});

it("the second thread writes its share itself and says how many files it wrote", async () => {
  const { archive } = await loadArchive(generated);
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-threads-"));
  const job: RenderJob = { archive, outputDir: dir, pathPrefix: "/", today: "2026-12-01" as CalendarDate, kinds: ["report"] };
  const worker = new Worker(siteParts.secondThread!.entry, { workerData: { module: "render-worker" } });
  const reply = await new Promise<RenderReply>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.postMessage(job);
  });
  await worker.terminate();
  expect(reply).toEqual({ written: archive.reports.length });
  const one = await write(archive, generated, ONE_THREAD, job.today);
  const reportPages = siteFiles(dir);
  expect(reportPages.length).toBe(archive.reports.length);
  for (const file of reportPages) expect(readFileSync(path.join(dir, file), "latin1")).toBe(readFileSync(path.join(one.dir, file), "latin1"));
}, 60_000);

it("writes the second thread's share itself when that thread cannot start", async () => {
  const { archive } = await loadArchive(generated);
  const today = "2026-12-01" as CalendarDate;
  const crashed = await write(archive, generated, CANNOT_START, today);
  const one = await write(archive, generated, ONE_THREAD, today);
  expect(crashed.written).toBe(one.written);
  expectSameSite(one.dir, crashed.dir);
}, 60_000);

it("uses the caller's renderers for every page kind when they are not the second thread's", async () => {
  const { archive } = await loadArchive(EXAMPLE_CONTENT);
  const mine: SiteParts = { ...siteParts, renderers: { ...siteParts.renderers, report: () => "<p>mine</p>", calendar: () => "MINE" } };
  const { dir } = await write(archive, EXAMPLE_CONTENT, mine, "2026-12-01" as CalendarDate);
  expect([...SECOND_THREAD_KINDS].sort()).toEqual(["calendar", "report"]);
  expect(readFileSync(path.join(dir, "groups/public-sector/2019-q2/index.html"), "utf8")).toBe("<p>mine</p>");
  expect(readFileSync(path.join(dir, "calendar.ics"), "utf8")).toBe("MINE");
});

it("gives a cloned archive its Quarters back, each report still one object in two lists", async () => {
  const { archive } = await loadArchive(CYCLE_CONTENT);
  expect(archive.reviews.length).toBeGreaterThan(0);
  expect(archive.quarterIntros.length).toBeGreaterThan(0);
  const clone = structuredClone(archive);
  expect(clone.reports[0]!.quarter).not.toBeInstanceOf(Quarter);
  const revived = withQuarters(clone);
  for (const item of [...revived.reports, ...revived.reviews, ...revived.quarterIntros]) expect(item.quarter).toBeInstanceOf(Quarter);
  expect(revived.reports.map((r) => r.quarter.id)).toEqual(archive.reports.map((r) => r.quarter.id));
  const group = revived.groups.find((g) => g.reports.length > 0)!;
  expect(revived.reports).toContain(group.reports[0]);
  expect(group.reports[0]!.quarter.label).toBe(archive.groups.find((g) => g.slug === group.slug)!.reports[0]!.quarter.label);
});
