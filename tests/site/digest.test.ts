// The quarter's digest, digest.md and digest.txt, built from a small archive with two group kinds,
// a hostile report and a group still owing its report. digest.md is parsed with markdown-it and
// checked by its structure: headings, links and list items, not by strings alone; a report's text
// must not forge a heading, a link, an image or HTML beyond its own section. digest.txt is checked
// line by line: report text is always indented under its group, never a heading or a control code.
import { readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { makeContent } from "../helpers/content.ts";
import { page } from "../helpers/site.ts";

const q = (s: string) => JSON.stringify(s);
// What a hostile chair might type to take over the digest: a heading and a link on a line of their
// own, a fake list, HTML, an image, a rule, a terminal escape and a right-to-left override.
const FORGED = "ok\n\n# Forged heading\n\n[Official notice](https://evil.example/)\n- fake item\n<b>bold</b> ![x](https://evil.example/i.png)\n---\nred\u202Egnp.exe";

let out: string;
let md: string;
let txt: string;

beforeAll(async () => {
  const content = await makeContent({
    "site.yaml": "title: Test reports\nurl: https://reports.example.org/\n",
    // The editors' own text (trusted): its Markdown goes in as written.
    "quarters/2019-Q2.md": "---\ntitle: Q2 2019 at a glance\neditors: [Eve Editor]\n---\nWelcome to the **second** quarter.\n",
    "groups/alpha/index.md": "---\nname: Alpha SIG\nestablished: 2019-01-01\nchairs: [Ada Chair]\n---\nA.\n",
    "groups/beta/index.md": "---\nname: Beta WG\nkind: WG\nestablished: 2019-01-01\nchairs: [Bo Chair]\n---\nB.\n",
    "groups/gamma/index.md": "---\nname: Gamma SIG\nestablished: 2019-01-01\nchairs: [Cy Chair]\n---\nC.\n",
    "groups/alpha/2019-Q2.md": `---\nsubmitted: 2019-07-10\nsummary: ${q(`Alpha did *well*, see [the charter](https://alpha.example/charter).`)}\nactivity:\n  highlights: [${q("Shipped 1.0")}, ${q("1. not a list")}]\nhealth:\n  needs: [${q("More reviewers")}]\n---\nBody.\n`,
    "groups/beta/2019-Q2.md": `---\nsubmitted: 2019-07-12\ntitle: ${q(`Beta ${FORGED}`)}\nsummary: ${q(`Summary ${FORGED}`)}\nactivity:\n  highlights: [${q(`Highlight ${FORGED}`)}]\nhealth:\n  needs: [${q(`# Need ${FORGED}`)}]\n---\nBody.\n`,
  }, { defaults: false });
  const run = await buildInto(content, ["--no-search"], { SIGREPORT_TODAY: "2019-07-20", TZ: "UTC" });
  expect(run.status, run.stderr).toBe(0);
  out = run.output;
  md = readFileSync(path.join(out, "quarters/2019-q2/digest.md"), "utf8");
  txt = readFileSync(path.join(out, "quarters/2019-q2/digest.txt"), "utf8");
});

const tokens = () => new MarkdownIt().parse(md, {});
const inlineText = (t: Token | undefined) => (t?.children ?? []).map((c) => c.content).join("");

function headings(): string[] {
  const all = tokens();
  return all.flatMap((t, i) => (t.type === "heading_open" ? [`${t.tag} ${inlineText(all[i + 1])}`] : []));
}

function links(): string[] {
  return tokens().flatMap((t) => (t.children ?? []).filter((c) => c.type === "link_open").map((c) => c.attrGet("href") ?? ""));
}

describe("digest.md", () => {
  it("is the quarter's title, then one section per group kind with a subsection per report, then the reports still expected", () => {
    expect(headings()).toEqual([
      "h1 Q2 2019 at a glance",
      "h2 SIGs",
      "h3 Alpha SIG: Alpha SIG update, Q2 2019",
      "h2 WGs",
      `h3 Beta WG: Beta ${FORGED.replace(/\u001b|\u202E/g, "").replace(/\s+/g, " ")}`,
      "h2 Reports still expected",
    ]);
  });

  it("links each report and each group still expected absolutely, and nothing else", () => {
    expect(links()).toEqual([
      "https://reports.example.org/groups/alpha/2019-q2/",
      "https://reports.example.org/groups/beta/2019-q2/",
      "https://reports.example.org/groups/gamma/",
      "https://reports.example.org/quarters/2019-q2/",
    ]);
  });

  it("opens with the editors' introduction and who edited it", () => {
    const paragraphs = tokens().filter((t) => t.type === "inline").map(inlineText);
    expect(paragraphs.slice(1, 3)).toEqual(["Welcome to the second quarter.", "Edited by Eve Editor."]);
  });

  it("keeps a report's own words, a link's address shown as text, and its highlights and asks as list items", () => {
    const all = tokens();
    const paragraphs = all.filter((t) => t.type === "inline").map(inlineText);
    expect(paragraphs).toContain("Alpha did well, see the charter (https://alpha.example/charter).");
    const items = all.flatMap((t, i) => (t.type === "list_item_open" ? [inlineText(all[i + 2])] : []));
    expect(items).toEqual(expect.arrayContaining(["Shipped 1.0", "1. not a list", "More reviewers"]));
    // Gamma has not filed, and on July 20 its report is not yet due.
    expect(items).toContain("Gamma SIG: due July 30, 2019");
  });

  it("lets no report forge structure: no HTML, no image, no rule, no nested list, no control characters", () => {
    const all = tokens().flatMap((t) => [t, ...(t.children ?? [])]);
    const types = new Set(all.map((t) => t.type));
    for (const forbidden of ["html_block", "html_inline", "image", "hr", "code_inline", "fence", "em_open"]) expect(types.has(forbidden), forbidden).toBe(false);
    // Bold only for the digest's own **Highlights** and **Asks**.
    const strong = all.flatMap((t, i) => (t.type === "strong_open" ? [all[i + 1]!.content] : []));
    expect(new Set(strong)).toEqual(new Set(["second", "Highlights", "Asks"]));
    // Lists nest no deeper than one level.
    let depth = 0;
    let deepest = 0;
    for (const t of tokens()) {
      if (t.type === "bullet_list_open" || t.type === "ordered_list_open") deepest = Math.max(deepest, ++depth);
      if (t.type === "bullet_list_close" || t.type === "ordered_list_close") depth--;
    }
    expect(deepest).toBe(1);
    expect(tokens().some((t) => t.type === "ordered_list_open")).toBe(false);
    expect(md).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E\u2066-\u2069]/);
  });

  it("is linked from the quarter's page, with digest.txt", () => {
    const doc = page(out, "/quarters/2019-q2/");
    const hrefs = [...doc.querySelectorAll('section[aria-labelledby="digest"] a')].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["/quarters/2019-q2/digest.md", "/quarters/2019-q2/digest.txt"]);
  });
});

describe("digest.txt", () => {
  const lines = () => txt.split("\n");
  /** A heading is a line followed by a line of = or - as long as it. */
  const textHeadings = () => lines().flatMap((l, i, all) => (/^[=-]+$/.test(all[i + 1] ?? "") && l !== "" && !l.startsWith(" ") ? [l] : []));

  it("has the same sections as digest.md, headings underlined", () => {
    expect(textHeadings()).toEqual(["Q2 2019 at a glance", "SIGs", "WGs", "Reports still expected"]);
  });

  it("puts a report's words only on indented lines under its own item, wrapped at 72 columns", () => {
    const top = lines().filter((l) => l !== "" && !l.startsWith(" "));
    // Unindented: headings, their underlines, one "* group: title" line per report or expected group, and the closing link.
    expect(top.filter((l) => l.startsWith("* ")).map((l) => l.split(":")[0])).toEqual(["* Alpha SIG", "* Beta WG", "* Gamma SIG"]);
    expect(top.filter((l) => !l.startsWith("* ") && !/^[=-]+$/.test(l))).toEqual([
      "Q2 2019 at a glance",
      "Welcome to the **second** quarter.",
      "Edited by Eve Editor.",
      "SIGs",
      "WGs",
      "Reports still expected",
      "The quarter on the site: https://reports.example.org/quarters/2019-q2/",
    ]);
    // Only an address, which must not break, may run past 72 columns.
    expect(lines().filter((l) => [...l].length > 72 && !/^\s*\S*https?:\/\/\S+$/.test(l))).toEqual([]);
    // The summary is Markdown: its link is shown with its address, as words.
    expect(txt).toContain("  Summary ok Forged heading Official notice (https://evil.example/) fake\n");
    expect(txt).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  });
});
