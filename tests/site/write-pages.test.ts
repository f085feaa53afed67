import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { loadArchive } from "../../src/load/load-archive.ts";
import { contextFor } from "../../src/site/view-models/context.ts";
import { reportsJson } from "../../src/site/view-models/data-files.ts";
import { pageWriter } from "../../src/site/write-pages.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";

it("reports.json in pieces is one JSON document holding every report", async () => {
  const { archive } = await loadArchive(EXAMPLE_CONTENT);
  const ctx = contextFor(archive, { today: "2019-10-15" as CalendarDate, pathPrefix: "/" });
  const pieces = [...reportsJson(ctx)];
  expect(pieces.length).toBe(archive.reports.length + 2);
  const json = JSON.parse(pieces.join(""));
  expect(Object.keys(json)).toEqual(["site", "groups", "reports"]);
  expect(json.reports.map((r: { sourcePath: string }) => r.sourcePath)).toEqual(archive.reports.map((r) => r.sourcePath));
});

it("writes a file from many pieces, more than the writer lets wait at once", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-chunks-"));
  const writer = pageWriter(dir, "/");
  const piece = "x".repeat(1024 * 1024);
  const pieces = Array.from({ length: 48 }, (_, i) => `${i}:${piece}`);
  await writer.writePieces("/deep/er/file.json", pieces);
  await writer.writePieces("/empty.json", []);
  expect(await writer.finish()).toBe(2);
  expect(await readFile(path.join(dir, "deep/er/file.json"), "utf8")).toBe(pieces.join(""));
  expect(await readFile(path.join(dir, "empty.json"), "utf8")).toBe("");
});

it("writes pages with the path prefix added to their links, other files as they are", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-pages-"));
  const writer = pageWriter(dir, "/sig/");
  await writer.write("/a/index.html", '<a href="/b/">b</a>');
  await writer.write("/feed.xml", '<link href="/b/"/>');
  expect(await writer.finish()).toBe(2);
  expect(await readFile(path.join(dir, "a/index.html"), "utf8")).toBe('<a href="/sig/b/">b</a>');
  expect(await readFile(path.join(dir, "feed.xml"), "utf8")).toBe('<link href="/b/"/>');
});

it("a page that cannot be written fails the whole write", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-pages-"));
  await writeFile(path.join(dir, "groups"), "a file where a folder must go");
  const writer = pageWriter(dir, "/");
  await writer.write("/index.html", "<p>ok</p>");
  await writer.write("/groups/x/index.html", "<p>blocked</p>");
  await expect(writer.finish()).rejects.toThrow();
  expect(await readFile(path.join(dir, "index.html"), "utf8")).toBe("<p>ok</p>");
});
