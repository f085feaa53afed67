// The bench's inputs: N generated reports (bench/generate.ts) and the same files laid out for plain
// Eleventy (one Nunjucks layout, report pages only) and for Hugo (one single-page layout).
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateContent } from "./generate.ts";

export interface BenchInputs {
  root: string;
  content: string;
  plain: string;
  hugo: string;
  reports: number;
}

async function copyReports(reports: readonly string[], from: string, to: string): Promise<void> {
  for (const file of reports) {
    const target = path.join(to, path.relative(from, file));
    await mkdir(path.dirname(target), { recursive: true });
    await cp(file, target);
  }
}

export async function setUpInputs(scratch: string, n: number): Promise<BenchInputs> {
  const root = await mkdtemp(path.join(scratch, `sigreport-bench-${n}-`));
  const content = path.join(root, "content");
  const generated = await generateContent(content, n);

  const plain = path.join(root, "plain");
  await mkdir(path.join(plain, "_includes"), { recursive: true });
  await writeFile(path.join(plain, "_includes/report.njk"), "<!doctype html><html><head><title>{{ title or page.fileSlug }}</title></head><body><main>{{ content | safe }}</main></body></html>\n");
  await writeFile(path.join(plain, "package.json"), '{"type":"module"}\n');
  await copyReports(generated.reports, content, plain);
  await writeFile(path.join(plain, "groups/groups.json"), '{"layout":"report.njk"}\n');

  const hugo = path.join(root, "hugo");
  await mkdir(path.join(hugo, "layouts/_default"), { recursive: true });
  await writeFile(path.join(hugo, "hugo.toml"), 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "home", "section", "robotsTXT", "404"]\n');
  await writeFile(path.join(hugo, "layouts/_default/single.html"), "<!doctype html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n");
  await writeFile(path.join(hugo, "layouts/_default/list.html"), "");
  await copyReports(generated.reports, content, path.join(hugo, "content"));
  return { root, content, plain, hugo, reports: generated.reports.length };
}
