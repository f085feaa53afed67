// Writes a Markdown file with YAML front-matter the way the loader reads it back: one serialiser
// for `new`, `new-group` and `import`, so every generated file has the same shape. YAML is written
// by the `yaml` package (quoting, block scalars and dates-as-text are its job, not ours).
import { Document, isMap, isScalar } from "yaml";

/** A comment line written above one front-matter value, e.g. where import found a figure. */
export interface FieldComment {
  path: readonly (string | number)[];
  text: string;
}

/** `---`, the fields, `---`, a blank line, the body; undefined fields are left out. */
export function markdownFile(frontMatter: Record<string, unknown>, body: string, comments: readonly FieldComment[] = []): string {
  const doc = new Document(dropUndefined(frontMatter));
  for (const { path, text } of comments) {
    // Above the key, not after the value: a comment after a plain value reads like a dropped part
    // of it, and check warns about those (yaml-comment-dropped).
    const parent = doc.getIn(path.slice(0, -1), true);
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1)) : undefined;
    if (pair && isScalar(pair.key)) pair.key.commentBefore = text;
  }
  const yaml = doc.toString({ lineWidth: 100, minContentWidth: 40 });
  const text = body.trim();
  return `---\n${yaml}---\n${text === "" ? "" : `\n${text}\n`}`;
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
