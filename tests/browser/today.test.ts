// /status/ and its neighbours built as a site is built for real: with today's date, not a fixture's.
// Years after the example's last report the grid is long; it must scroll in its own box (never the
// page), show the current quarter first, and pass axe. Screenshots land in screenshots/ to look at.
import { mkdir } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Quarter } from "../../src/model/quarter.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { axeViolations, describeViolations } from "../helpers/axe.ts";
import { type BrowserSite, openSite } from "../helpers/browser.ts";

let site: BrowserSite;
let context: BrowserContext;
let page: Page;
const today = new Date().toISOString().slice(0, 10) as CalendarDate;

beforeAll(async () => {
  site = await openSite(undefined, { today: "real" });
  context = await site.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  await mkdir("screenshots", { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

describe.each([390, 1280])("at %i px wide, with today's date", (width) => {
  beforeAll(async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(site.server.url("/status/"));
  });

  it("is built for today", async () => {
    expect(await page.locator("main .page-header .muted").textContent()).toContain(String(Number(today.slice(0, 4))));
  });

  it("the page does not scroll sideways; the grid scrolls in its own box", async () => {
    const sizes = await page.evaluate(() => {
      const box = document.querySelector(".status-scroll")!;
      return { page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth, grid: box.scrollWidth, box: box.clientWidth };
    });
    expect(sizes.page, `page ${sizes.page} px in a ${sizes.window} px window`).toBeLessThanOrEqual(sizes.window);
    // Seven years of quarters do not fit; the box, not the page, takes the overflow.
    expect(sizes.grid).toBeGreaterThan(sizes.box);
  });

  it("shows the current quarter first, in view without scrolling", async () => {
    const current = Quarter.containing(today);
    const first = page.locator("table.status-grid thead th[scope=col]").nth(1);
    expect((await first.textContent())?.replace(/\s+/g, " ").trim()).toBe(current.label);
    const [cell, box] = await Promise.all([first.boundingBox(), page.locator(".status-scroll").boundingBox()]);
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(box!.x + box!.width);
  });

  it("has no WCAG 2.2 AA violations, light or dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await axeViolations(page);
      expect(violations, `${scheme}: ${describeViolations(violations)}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("is screenshotted for a person to look at", async () => {
    const png = await page.screenshot({ path: `screenshots/status-today-${width}.png`, fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
  });
});

it.each(["/", "/groups/public-sector/", "/quarters/"])("%s does not scroll sideways at 390 px with today's date", async (url) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(site.server.url(url));
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `${url} is ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(client);
});
