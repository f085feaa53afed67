// Every file the build writes for the hostile fixture (tests/fixtures/hostile/: links to other
// programs, remote images, ids the page uses, prototype words, case-twin titles) is parsed with a
// real parser (linkedom for HTML and XML, JSON.parse, Pagefind's fragments unpacked) and scanned:
// no live link to another program, nothing loaded from another site, ids unique (issue #17).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { DOMParser, parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuildRun, buildInto } from "../helpers/build.ts";
import { FIXTURES } from "../helpers/fixtures.ts";
import { siteFiles } from "../helpers/site.ts";

const CONTENT = path.join(FIXTURES, "hostile/content");
const SITE_ORIGIN = "https://reports.example.org";
const LINK_SCHEMES = new Set(["http:", "https:", "mailto:"]);

let run: BuildRun;
beforeAll(async () => {
  run = await buildInto(CONTENT);
}, 180_000);

const read = (file: string) => readFileSync(path.join(run.output, file), "utf8");

/** A link's scheme, or undefined for a relative address. */
function scheme(url: string): string | undefined {
  return /^\s*([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
}

/** Loaded by the reader's software without a click: must come from the site itself. */
function isOwnResource(url: string): boolean {
  if (/^\s*[\\/]{2}/.test(url)) return false;
  const s = scheme(url);
  return s === undefined || (["http:", "https:"].includes(s) && new URL(url).origin === SITE_ORIGIN);
}

/** Problems with one HTML document (a page, or HTML carried in a feed or JSON). */
function scanHtml(html: string, where: string): string[] {
  const problems: string[] = [];
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    for (const attr of el.attributes) {
      const value = attr.value;
      if (attr.name === "href" && (tag === "a" || tag === "area")) {
        const s = scheme(value);
        if (s !== undefined && !LINK_SCHEMES.has(s)) problems.push(`${where}: <${tag} href="${value}">`);
      } else if (["src", "poster", "data", "background", "action", "formaction", "ping", "manifest"].includes(attr.name)) {
        if (!isOwnResource(value)) problems.push(`${where}: <${tag} ${attr.name}="${value}">`);
      } else if (attr.name === "srcset" || attr.name === "imagesrcset") {
        for (const part of value.split(",")) if (!isOwnResource(part.trim().split(/\s+/)[0] ?? "")) problems.push(`${where}: <${tag} srcset="${value}">`);
      } else if (attr.name === "href" && tag === "link" && !/\b(alternate|canonical)\b/.test(el.getAttribute("rel") ?? "")) {
        if (!isOwnResource(value)) problems.push(`${where}: <link href="${value}">`);
      } else if (attr.name === "style" && /url\(/i.test(value)) {
        problems.push(`${where}: style="${value}"`);
      }
    }
    if (tag === "meta" && /refresh/i.test(el.getAttribute("http-equiv") ?? "")) problems.push(`${where}: <meta http-equiv=refresh>`);
    if (["iframe", "object", "embed", "frame"].includes(tag)) problems.push(`${where}: <${tag}>`);
  }
  return problems;
}

/** Every string in a JSON value that holds markup, scanned as HTML. */
function scanJson(value: unknown, where: string): string[] {
  if (typeof value === "string") return value.includes("<") ? scanHtml(value, where) : [];
  if (Array.isArray(value)) return value.flatMap((v) => scanJson(v, where));
  if (value && typeof value === "object") return Object.values(value).flatMap((v) => scanJson(v, where));
  return [];
}

function scanXml(text: string, where: string): string[] {
  const doc = new DOMParser().parseFromString(text, "text/xml");
  expect(doc.documentElement?.tagName, `${where} parses as XML`).toMatch(/^(feed|urlset)$/);
  const problems: string[] = [];
  for (const el of doc.querySelectorAll("*")) {
    const href = el.getAttribute("href");
    if (href !== null && !LINK_SCHEMES.has(scheme(href) ?? "")) problems.push(`${where}: <${el.tagName} href="${href}">`);
    if (el.tagName === "loc" && !(el.textContent ?? "").startsWith(`${SITE_ORIGIN}/`)) problems.push(`${where}: <loc>${el.textContent}</loc>`);
    // Atom carries HTML as escaped text: it is what a feed reader renders, without a CSP.
    if ((el.tagName === "content" || el.tagName === "summary") && el.getAttribute("type") === "html") {
      problems.push(...scanHtml(el.textContent ?? "", `${where} <${el.tagName}>`));
    }
  }
  return problems;
}

it("the scan finds what it looks for (a control: the problems of the site before issue #17)", () => {
  const before = `<a href="smb://evil.example/share">x</a><img src="https://tracker.example/p.gif"><img src="//cdn.example/x.gif"><a href="/groups/">ok</a><img src="/assets/x.png">`;
  expect(scanHtml(before, "page")).toEqual(['page: <a href="smb://evil.example/share">', 'page: <img src="https://tracker.example/p.gif">', 'page: <img src="//cdn.example/x.gif">']);
  const feed = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary type="html">&lt;img src="https://tracker.example/s.gif"&gt;</summary></entry></feed>`;
  expect(scanXml(feed, "feed.xml")).toEqual(['feed.xml <summary>: <img src="https://tracker.example/s.gif">']);
});

describe("the hostile fixture's site", () => {
  it("builds", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it("has, in every file it writes, no live link to another program and nothing from another site", () => {
    const files = siteFiles(run.output);
    const problems: string[] = [];
    const scanned = { html: 0, xml: 0, json: 0, fragments: 0 };
    for (const file of files) {
      if (file.endsWith(".html")) {
        const html = read(file);
        const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
        expect(new Set(ids).size, `${file}: ids are unique (${ids.join(" ")})`).toBe(ids.length);
        problems.push(...scanHtml(html, file));
        scanned.html++;
      } else if (file.endsWith(".xml")) {
        problems.push(...scanXml(read(file), file));
        scanned.xml++;
      } else if (file.endsWith(".json")) {
        problems.push(...scanJson(JSON.parse(read(file)), file));
        scanned.json++;
      } else if (file.endsWith(".pf_fragment")) {
        // Pagefind's result records: gzip of "pagefind_dcd" + JSON; their meta.image and text are what results show.
        const text = gunzipSync(readFileSync(path.join(run.output, file))).toString("utf8").replace(/^pagefind_dcd/, "");
        const fragment = JSON.parse(text) as { meta?: Record<string, string>; content?: string };
        if (fragment.meta?.["image"] !== undefined && !isOwnResource(fragment.meta["image"])) problems.push(`${file}: meta.image ${fragment.meta["image"]}`);
        problems.push(...scanJson(fragment, file));
        scanned.fragments++;
      }
    }
    console.log(`scanned ${scanned.html} pages, ${scanned.xml} XML files, ${scanned.json} JSON files, ${scanned.fragments} search fragments`);
    expect(scanned.xml).toBeGreaterThanOrEqual(3); // the site's feed, the group's feed, the sitemap
    expect(scanned.fragments).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("shows the refused links and images as text or plain links, and the text as written", () => {
    const { document } = parseHTML(read("groups/demo/2019-q2/index.html"));
    const text = document.body.textContent ?? "";
    expect(text).toContain("[a file share](smb://evil.example/share)");
    expect(text).toContain("<ssh://evil.example>");
    expect(text).toContain("build -- --no-search");
    expect(text).toContain('"quoted", ?????, (c), ...');
    const images = [...document.querySelectorAll("a")].filter((a) => (a.textContent ?? "").startsWith("Image: "));
    expect(images.map((a) => [a.textContent, a.getAttribute("href")])).toContainEqual(["Image: tracker", "https://tracker.example/body.gif"]);
    expect([...document.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toContain("mailto:chair@example.org");
    // A sector named constructor is a sector, not Object's source.
    expect(text).toContain("Constructor");
    expect(text).not.toContain("native code");
  });

  it("keeps two work products whose titles differ only in case as two rows with two anchors", () => {
    const { document } = parseHTML(read("groups/demo/index.html"));
    const rows = [...document.querySelectorAll("[id^='wp-']")];
    expect(rows.map((r) => r.getAttribute("id"))).toEqual(["wp-api-guide", "wp-api-guide-2"]);
    expect(rows.map((r) => (r.textContent ?? "").includes("api guide") || (r.textContent ?? "").includes("API Guide"))).toEqual([true, true]);
  });
});
