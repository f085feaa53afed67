// Reading a built site in tests: every file, parsed HTML pages, and the links between them.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { expect } from "vitest";
import type { Report } from "../../src/model/archive.ts";
import { type CalendarDate, formatCalendarDate, isCalendarDate } from "../../src/model/calendar-date.ts";
import { Quarter } from "../../src/model/quarter.ts";

export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

export function htmlPages(dir: string): string[] {
  return siteFiles(dir).filter((f) => f.endsWith(".html"));
}

const documents = new Map<string, Document>();

/** The parsed page at a site URL (`/groups/x/`) or file (`groups/x/index.html`). */
export function page(dir: string, urlOrFile: string): Document {
  const file = path.join(dir, fileFor(urlOrFile));
  let doc = documents.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
    documents.set(file, doc);
  }
  return doc;
}

export function fileFor(url: string): string {
  const clean = decodeURIComponent(url.replace(/^\//, ""));
  return clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean;
}

export function exists(dir: string, url: string): boolean {
  const file = path.join(dir, fileFor(url));
  return existsSync(file) && statSync(file).isFile();
}

/** An element's text with a space at every element boundary, as a screen reader or Pagefind reads it. */
export function words(el: Element | null | undefined): string {
  if (!el) return "";
  let out = "";
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += node.textContent ?? "";
    else {
      out += " ";
      for (const child of node.childNodes) walk(child);
      out += " ";
    }
  };
  walk(el);
  return out;
}

/** Text as a reader sees it, compared loosely: case, typographic quotes, hyphens and spacing ignored. */
export function loose(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[-‐‑–—]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface BrokenLink {
  page: string;
  attribute: string;
  value: string;
  why: string;
}

/**
 * Every href and src of every page that points inside the site must resolve to a built file, and a
 * #fragment to an id on that page. Links must start with `prefix` (the build's path prefix).
 */
export function brokenLinks(dir: string, prefix = "/"): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of htmlPages(dir)) {
    const doc = page(dir, file);
    const pageUrl = `/${file.replace(/index\.html$/, "")}`;
    for (const el of doc.querySelectorAll("[href], [src]")) {
      for (const attribute of ["href", "src"]) {
        const value = el.getAttribute(attribute);
        if (value === null) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(value)) continue; // https:, mailto:: off-site
        const report = (why: string) => broken.push({ page: file, attribute, value, why });
        const [pathPart = "", fragment] = value.split("#");
        let target = pageUrl;
        if (pathPart !== "") {
          if (!pathPart.startsWith("/")) {
            report("relative URL: write root-absolute URLs");
            continue;
          }
          if (!pathPart.startsWith(prefix)) {
            report(`outside the path prefix ${prefix}`);
            continue;
          }
          target = `/${pathPart.slice(prefix.length)}`;
          if (!exists(dir, target)) {
            report("no such file in the output");
            continue;
          }
        }
        if (fragment !== undefined && fragment !== "" && target.match(/\/$|\.html$/)) {
          const id = decodeURIComponent(fragment);
          if (!page(dir, target).getElementById(id)) report(`no element with id ${id}`);
        }
      }
    }
  }
  return broken;
}

/** Every leaf of a front-matter value, with its path. */
export function* leaves(value: unknown, at: (string | number)[] = []): Generator<{ at: (string | number)[]; value: string | number | boolean }> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* leaves(v, [...at, i]);
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* leaves(v, [...at, k]);
  else if (value !== undefined) yield { at, value: value as string | number | boolean };
}

/** How a value reads on the page: days and quarters as people write them, shares as percentages. */
export function shown(at: (string | number)[], value: string | number | boolean): string {
  const key = at.at(-1);
  if (typeof value === "number") return at.includes("sectors") || key === "womenShare" ? `${Math.round(value * 100)}%` : String(value);
  if (typeof value === "string" && isCalendarDate(value)) return formatCalendarDate(value as CalendarDate, "en", "long");
  if (typeof value === "string" && Quarter.parse(value)) return Quarter.parse(value)!.label;
  return String(value);
}

const PARTS = ["health", "activity", "agenda", "workProducts", "diversity"];

/**
 * Nothing a report says is dropped: every leaf of its front-matter appears on its page, inside the
 * part it belongs to (links as hrefs). Returns the paths checked, so a caller can see the walk walked.
 */
export function expectEveryValueShown(doc: Document, report: Report): string[] {
  const checked: string[] = [];
  for (const leaf of leaves(report.data)) {
    const top = String(leaf.at[0]);
    const scope = PARTS.includes(top) ? doc.querySelector(`[data-part="${top}"]`) : doc.querySelector("main");
    expect(scope, `${report.sourcePath}: a part for ${top}`).not.toBeNull();
    const where = `${report.sourcePath}: ${leaf.at.join(".")}`;
    if (leaf.at.at(-1) === "url") {
      expect(scope!.querySelector(`a[href="${leaf.value}"]`), where).not.toBeNull();
    } else {
      expect(loose(words(scope)), where).toContain(loose(shown(leaf.at, leaf.value)));
    }
    checked.push(leaf.at.join("."));
  }
  return checked;
}
