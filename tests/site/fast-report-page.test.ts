import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { writeReportPage } from "../../src/site/fast-report-page.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";
import { buildInto } from "../helpers/build.ts";

const TODAY = "2019-10-15";

it.each(["/", "/sig-reports/"])("the dev server's fast path writes the same report page as a full build (path prefix %s)", async (pathPrefix) => {
  const full = await buildInto(EXAMPLE_CONTENT, pathPrefix === "/" ? [] : ["--path-prefix", pathPrefix], { SIGREPORT_TODAY: TODAY });
  expect(full.status).toBe(0);
  const out = await mkdtemp(path.join(tmpdir(), "sigreport-fast-"));
  const written = await writeReportPage(EXAMPLE_CONTENT, out, path.join(EXAMPLE_CONTENT, "groups/public-sector/2019-Q2.md"), {
    today: TODAY as CalendarDate,
    pathPrefix,
  });
  expect(written).toBe(path.join(out, "groups/public-sector/2019-q2/index.html"));
  const page = "groups/public-sector/2019-q2/index.html";
  expect(await readFile(written!, "utf8")).toBe(await readFile(path.join(full.output, page), "utf8"));
});

it("leaves group files and other files to the full rebuild", async () => {
  const out = await mkdtemp(path.join(tmpdir(), "sigreport-fast-"));
  const options = { today: TODAY as CalendarDate, pathPrefix: "/" };
  expect(await writeReportPage(EXAMPLE_CONTENT, out, path.join(EXAMPLE_CONTENT, "groups/public-sector/index.md"), options)).toBeUndefined();
  expect(await writeReportPage(EXAMPLE_CONTENT, out, path.join(EXAMPLE_CONTENT, "site.yaml"), options)).toBeUndefined();
});
