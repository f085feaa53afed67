// The floor: what turning report files into pages costs with no framework, on one thread.
// Reads each report, parses it with gray-matter (options given, so it does not cache every file)
// and markdown-it (raw HTML escaped, as sigreport does), and writes one page per report.
// Usage: node bench/floor.mjs <content dir> <output dir>
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import MarkdownIt from "markdown-it";

const [content, out] = process.argv.slice(2);
if (!content || !out) throw new Error("usage: node bench/floor.mjs <content dir> <output dir>");
const md = new MarkdownIt({ html: false });
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const groups = path.join(content, "groups");
for (const group of readdirSync(groups)) {
  for (const name of readdirSync(path.join(groups, group))) {
    if (!/^\d{4}-Q[1-4]\.md$/.test(name)) continue;
    const { data, content: body } = matter(readFileSync(path.join(groups, group, name), "utf8"), {});
    const dir = path.join(out, "groups", group, name.slice(0, -3).toLowerCase());
    mkdirSync(dir, { recursive: true });
    const title = escape(`${group} ${data.quarter ?? name}`);
    writeFileSync(path.join(dir, "index.html"), `<!doctype html><html><head><title>${title}</title></head><body><main>${md.render(body)}</main></body></html>\n`);
  }
}
