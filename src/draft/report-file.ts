// Writes a Markdown file with YAML front-matter the way the loader reads it back: one serialiser
// for `new`, `new-group` and `import`, so every generated file has the same shape. YAML is written
// by the `yaml` package (quoting, block scalars and dates-as-text are its job, not ours).
import { stringify } from "yaml";

/** `---`, the fields, `---`, a blank line, the body; undefined fields are left out. */
export function markdownFile(frontMatter: Record<string, unknown>, body: string): string {
  const yaml = stringify(dropUndefined(frontMatter), { lineWidth: 100, minContentWidth: 40 });
  const text = body.trim();
  return `---\n${yaml}---\n${text === "" ? "" : `\n${text}\n`}`;
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
