// The site in a real browser: clicking through, searching, the keyboard, a phone-sized screen,
// and screenshots to look at (screenshots/, not committed). Pages keep their CSP here, and any
// CSP violation or script error fails the test that caused it.
import { mkdir } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSite, PAGE_KINDS, REPORT_URL, openSite } from "../helpers/browser.ts";

const WAIT = { timeout: 15_000 };
let site: BrowserSite;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(WAIT.timeout); // every click and wait is bounded, and fails fast
  page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy|Refused/i.test(message.text())) problems.push(message.text());
  });
  await mkdir("screenshots", { recursive: true });
});

afterEach(() => {
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
});

afterAll(async () => {
  await site?.close();
});

const path = () => new URL(page.url()).pathname;
const h1 = () => page.locator("h1").textContent();

describe("clicking through", () => {
  it("goes home → group → report → presenter, and back", async () => {
    await page.goto(site.server.url("/"));
    await page.locator("main").getByRole("link", { name: "Public Sector SIG", exact: true }).first().click();
    await page.waitForURL("**/groups/public-sector/", WAIT);
    expect(await h1()).toBe("Public Sector SIG");

    await page.locator("table.schedule").getByRole("link", { name: /Q2 2019/ }).first().waitFor(WAIT);
    await page.locator("table.schedule tr", { hasText: "Q2 2019" }).getByRole("link", { name: /Update/ }).click();
    await page.waitForURL(`**${REPORT_URL}`, WAIT);
    expect(await h1()).toBe("Public Sector SIG Update July 2019 Q2");

    await page.locator('[data-part="agenda"]').getByRole("link", { name: "Sergei Smalkov" }).first().click();
    await page.waitForURL("**/people/sergei-smalkov/", WAIT);
    expect(await h1()).toBe("Sergei Smalkov");

    await page.goBack(WAIT);
    expect(path()).toBe(REPORT_URL);
    expect(await h1()).toBe("Public Sector SIG Update July 2019 Q2");
  });
});

describe("search", () => {
  async function search(query: string): Promise<{ titles: string[]; hrefs: string[] }> {
    // As a reader does: type into the header's search form and submit it.
    await page.goto(site.server.url("/"));
    await page.getByRole("searchbox", { name: "Search the reports" }).fill(query);
    await page.getByRole("searchbox", { name: "Search the reports" }).press("Enter");
    await page.waitForURL("**/search/?q=*", WAIT);
    const links = page.locator(".pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link");
    await links.first().waitFor(WAIT);
    return {
      titles: await links.allTextContents(),
      hrefs: await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    };
  }

  it("'Uzbekistan' lands on the report, first, with its group and quarter", async () => {
    const { titles, hrefs } = await search("Uzbekistan");
    expect(hrefs[0]).toBe(REPORT_URL);
    expect(titles[0]).toBe("Public Sector SIG Update July 2019 Q2 — Public Sector SIG, Q2 2019");
    await page.locator(".pagefind-ui__result-link").first().click();
    await page.waitForURL(`**${REPORT_URL}`, WAIT);
  });

  it("'RFP' finds the report first", async () => {
    const { hrefs } = await search("RFP");
    expect(hrefs[0]).toBe(REPORT_URL);
  });

  it("'Pete Teigen' finds his page and the report he presented in, before any other page", async () => {
    const { hrefs } = await search("Pete Teigen");
    expect(hrefs.slice(0, 2).sort()).toEqual([REPORT_URL, "/people/pete-teigen/"].sort());
    expect(hrefs.filter((h) => /^\/groups\/[^/]+\/\d{4}-q\d\/$/.test(h))[0]).toBe(REPORT_URL);
  });

  it("shows what it searched for in the header's box", async () => {
    await page.goto(site.server.url("/search/?q=RFP"));
    await page.locator(".pagefind-ui__result").first().waitFor(WAIT);
    expect(await page.locator("#search-q").inputValue()).toBe("RFP");
  });
});

describe("the keyboard", () => {
  it("reaches the skip link first, then the search box and every link of the report's agenda", async () => {
    await page.goto(site.server.url(REPORT_URL));
    const agendaLinks = await page.locator('[data-part="agenda"] a').count();
    expect(agendaLinks).toBeGreaterThan(10);
    const focusables = await page.locator("a[href], input, button, [tabindex='0']").count();
    const reached = new Set<string>();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return "body";
        const agenda = [...document.querySelectorAll('[data-part="agenda"] a')];
        if (agenda.includes(el)) return `agenda:${agenda.indexOf(el)}`;
        return el.id ? `#${el.id}` : `.${el.className}`;
      });
    await page.keyboard.press("Tab");
    expect(await focused()).toBe(".skip-link");
    for (let i = 0; i < focusables + 5; i++) {
      await page.keyboard.press("Tab");
      reached.add(await focused());
    }
    expect(reached).toContain("#search-q");
    const missed = Array.from({ length: agendaLinks }, (_, i) => `agenda:${i}`).filter((k) => !reached.has(k));
    expect(missed).toEqual([]);
  });
});

describe("a 390 px wide screen", () => {
  it.each(Object.entries(PAGE_KINDS))("the %s page (%s) does not scroll sideways", async (_kind, url) => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(site.server.url(url));
      if (url.startsWith("/search/")) await page.locator(".pagefind-ui__result").first().waitFor(WAIT);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, `${url} is ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(client);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe("screenshots", () => {
  const shots: [string, string][] = [["home", "/"], ["group", "/groups/public-sector/"], ["report", REPORT_URL]];
  it.each([390, 1280])("of home, group and report at %i px", async (width) => {
    await page.setViewportSize({ width, height: 900 });
    try {
      for (const [name, url] of shots) {
        await page.goto(site.server.url(url));
        const file = `screenshots/${name}-${width}.png`;
        const png = await page.screenshot({ path: file, fullPage: true });
        expect(png.length, file).toBeGreaterThan(10_000);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
