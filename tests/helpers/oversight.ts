// The oversight fixture (tests/fixtures/oversight/): five groups over Q1 2019 – Q2 2020, read on
// one fixed day so every expectation about late, missing and due is stable.
import path from "node:path";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";

export const OVERSIGHT_CONTENT = path.resolve("tests/fixtures/oversight");

/** Mid Q3 2020: Q2 2020 has ended and is due on 2020-07-30. */
export const OVERSIGHT_TODAY = "2020-07-15" as CalendarDate;

export async function loadOversight() {
  return loadArchive(OVERSIGHT_CONTENT, { display: (rel) => rel });
}
