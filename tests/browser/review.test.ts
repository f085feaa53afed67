// The review's pages in a real browser, from the cycle fixture: the reviewed report (review,
// answered and open questions), its group (open questions, members chart) and /status/ (the
// open-question risk) pass axe and fit a phone.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { axeViolations, describeViolations } from "../helpers/axe.ts";
import { type BrowserSite, openSite } from "../helpers/browser.ts";
import { CYCLE_CONTENT } from "../helpers/cycle.ts";

let site: BrowserSite;
let page: Page;

beforeAll(async () => {
  site = await openSite(CYCLE_CONTENT, { today: "2019-10-15" });
  const context = await site.browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 900 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
});

afterAll(async () => {
  await site?.close();
});

it.each(["/groups/finance/2019-q1/", "/groups/finance/", "/status/"])("%s has no WCAG 2.2 AA violations and fits 390 px", async (url) => {
  await page.goto(site.server.url(url));
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
});
