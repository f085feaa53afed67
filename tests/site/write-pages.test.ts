import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { loadArchive } from "../../src/load/load-archive.ts";
import { contextFor } from "../../src/site/view-models/context.ts";
import { reportsJson } from "../../src/site/view-models/data-files.ts";
import { pageWriter, writeChunks } from "../../src/site/write-pages.ts";
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

it("writes a file from many pieces, waiting for the disk when it must", async () => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-chunks-")), "deep/er/file.json");
  const piece = "x".repeat(64 * 1024);
  await writeChunks(file, Array.from({ length: 64 }, () => piece));
  expect((await readFile(file, "utf8")).length).toBe(64 * piece.length);
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
