// A generated archive big enough for several pages of sessions per organisation and tag: the
// later pages pass axe, fit a phone, and their pager walks back to the first page.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { generateContent } from "../../bench/generate.ts";
import { axeViolations, describeViolations } from "../helpers/axe.ts";
import { type BrowserSite, openSite } from "../helpers/browser.ts";

const LATER_PAGES = ["/organizations/acme-ledger/page/2/", "/tags/governance/page/2/"];

let site: BrowserSite;
let page: Page;

beforeAll(async () => {
  const content = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-long-")), "content");
  await generateContent(content, 120);
  site = await openSite(content);
  const context = await site.browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 900 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await site?.close();
});

it.each(LATER_PAGES)("%s has no WCAG 2.2 AA violations and no horizontal scroll at 390 px", async (url) => {
  const response = await page.goto(site.server.url(url));
  expect(response?.status()).toBe(200);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
});

it("the pager leads back to the first page", async () => {
  await page.goto(site.server.url(LATER_PAGES[0]!));
  await page.locator('.pager a[rel="prev"]').click();
  await page.waitForURL(site.server.url("/organizations/acme-ledger/"));
  expect(await page.locator("h1").textContent()).toBe("Acme Ledger");
  expect(await page.locator('.pager a[rel="next"]').getAttribute("href")).toBe("/organizations/acme-ledger/page/2/");
});
