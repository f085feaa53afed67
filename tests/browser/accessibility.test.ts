// axe-core on one page of every kind, in light and dark mode: zero WCAG 2.2 AA violations.
// The pages' CSP forbids injected scripts, so axe runs in a context that bypasses it (only here).
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Violation, axeViolations, describeViolations } from "../helpers/axe.ts";
import { type BrowserSite, PAGE_KINDS, openSite } from "../helpers/browser.ts";

let site: BrowserSite;
const contexts: Record<"light" | "dark", { context: BrowserContext; page: Page }> = {} as never;

beforeAll(async () => {
  site = await openSite();
  for (const scheme of ["light", "dark"] as const) {
    const context = await site.browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    contexts[scheme] = { context, page: await context.newPage() };
  }
});

afterAll(async () => {
  await site?.close();
});

async function axe(page: Page, url: string, options: { rules?: string[] } = {}): Promise<Violation[]> {
  await page.goto(site.server.url(url));
  if (url.startsWith("/search/")) await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 15_000 });
  return axeViolations(page, options);
}

describe("axe, WCAG 2.2 AA", () => {
  it.each(Object.entries(PAGE_KINDS))("%s page (%s) has no violations", async (_kind, url) => {
    const violations = await axe(contexts.light.page, url);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe("dark mode", () => {
  it("really is dark: the page background is darker than its text", async () => {
    const { page } = contexts.dark;
    await page.goto(site.server.url("/"));
    const [bg, fg] = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.backgroundColor, style.color];
    });
    const luminance = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(luminance(bg!)).toBeLessThan(60);
    expect(luminance(fg!)).toBeGreaterThan(180);
  });

  it.each(Object.entries(PAGE_KINDS))("%s page (%s) passes axe's color-contrast rule in dark mode", async (_kind, url) => {
    const violations = await axe(contexts.dark.page, url, { rules: ["color-contrast"] });
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
