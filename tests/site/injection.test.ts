// A hostile report: a payload in every text field, the body and the group. It must build, and the
// output must hold none of it as live markup: no script, no event handler, no javascript: URL, and
// template syntax printed as text, never run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, type BuildRun } from "../helpers/build.ts";
import { makeContent } from "../helpers/content.ts";
import { htmlPages, siteFiles } from "../helpers/site.ts";

const P = `<script>alert(1)</script><img src=x onerror=alert(2)>"><svg onload=alert(3)>{{ 7*7 }}{% raw %}{{ range.constructor("return process")() }}`;
const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar

const REPORT = `---
title: ${q(`Title ${P}`)}
summary: ${q(`Summary ${P}`)}
authors:
  - name: ${q(`Author ${P}`)}
    org: ${q(`Org ${P}`)}
health:
  subgroups:
    - name: ${q(`Subgroup ${P}`)}
      purpose: ${q(`Purpose ${P}`)}
  needs: [${q(`Need ${P}`)}]
activity:
  meetings: { held: 1, note: ${q(`Meetings ${P}`)} }
  channels: [{ name: ${q(`Channel ${P}`)}, level: low, note: ${q(`Note ${P}`)} }]
  highlights: [${q(`Highlight ${P}`)}]
agenda:
  - date: 2019-04-12
    title: ${q(`Session ${P}`)}
    summary: ${q(`Session summary ${P} [click](javascript:alert(4)) ![i](data:text/html;base64,PHNjcmlwdD4=)`)}
    presenters:
      - name: ${q(`Presenter ${P}`)}
        role: ${q(`Role ${P}`)}
        org: ${q(`Presenter org ${P}`)}
    links: [{ label: ${q(`Link ${P}`)}, url: "https://example.org/?q=%22%3E%3Cscript%3E" }]
    tags: [security]
workProducts:
  - title: ${q(`Work ${P}`)}
    status: in-progress
    owner: ${q(`Owner ${P}`)}
    note: ${q(`WP note ${P}`)}
diversity:
  sectors: { note: ${q(`Sectors ${P}`)} }
  regions: { list: [${q(`Region ${P}`)}], note: ${q(`Regions ${P}`)} }
---

Intro ${P}

## Working Group Health

<script>alert(5)</script> <iframe src="https://evil.example"></iframe>

[a link](javascript:alert(6)) and [another](vbscript:msgbox) and <a href="javascript:alert(7)">raw</a>

## ${P}

{{ 7*7 }} {% include "secret" %} \${process.env.HOME}
`;

let run: BuildRun;

beforeAll(async () => {
  const content = await makeContent({
    "site.yaml": "title: Hostile test\nurl: https://example.org/\n",
    "groups/test/index.md": `---\nname: ${q(`Group ${P}`)}\nchairs: [${q(`Chair ${P}`)}]\nmeets: ${q(`Meets ${P}`)}\n---\nGroup ${P}\n`,
    "groups/test/2019-Q2.md": REPORT,
  });
  run = await buildInto(content);
});

describe("a report with a hostile payload in every field", () => {
  it("builds", () => {
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
  });

  it("leaves no live script, event handler, frame or script URL on any page", () => {
    for (const file of htmlPages(run.output)) {
      const { document } = parseHTML(readFileSync(path.join(run.output, file), "utf8"));
      expect(document.querySelectorAll("iframe, object, embed").length, file).toBe(0);
      // Only the search page loads scripts: Pagefind's, as same-origin files with nothing inline.
      for (const script of document.querySelectorAll("script")) {
        expect(file, "a page other than /search/ has a script").toBe("search/index.html");
        expect(script.getAttribute("src") ?? "", file).toMatch(/^\/(pagefind|assets)\/[\w.-]+\.js$/);
        expect(script.textContent?.trim(), file).toBe("");
      }
      for (const el of document.querySelectorAll("*")) {
        for (const attr of el.attributes) {
          expect(attr.name.startsWith("on"), `${file}: <${el.tagName} ${attr.name}>`).toBe(false);
          expect(attr.value.trim().toLowerCase(), `${file}: ${attr.name}`).not.toMatch(/^(javascript|vbscript|data:text):?/);
        }
      }
    }
  });

  it("prints the payload as text, template syntax included, never evaluated", () => {
    const html = readFileSync(path.join(run.output, "groups/test/2019-q2/index.html"), "utf8");
    const { document } = parseHTML(html);
    const text = document.body.textContent ?? "";
    for (const label of ["Title", "Summary", "Author", "Subgroup", "Need", "Session", "Presenter", "Work", "Owner", "Region", "Intro"]) {
      expect(text, label).toContain(`${label} <script>alert(1)</script><img src=x onerror=alert(2)>`);
    }
    expect(text).toContain("{{ 7*7 }}");
    expect(text).not.toContain("49");
    expect(text).toContain(`{% include "secret" %}`); // as written: no typographer, and inert text
    expect(text).toContain("<script>alert(5)</script>");
    expect(html).not.toContain(process.env["HOME"] ?? "/root");
  });

  it("escapes the payload in the feed and the JSON too", () => {
    const feed = readFileSync(path.join(run.output, "feed.xml"), "utf8");
    expect(feed).not.toMatch(/<script|<img |<svg /i);
    const json = JSON.parse(readFileSync(path.join(run.output, "reports.json"), "utf8"));
    expect(JSON.stringify(json)).toContain("Title <script>alert(1)</script>");
    expect(siteFiles(run.output).every((f) => !f.includes(".."))).toBe(true);
  });
});
