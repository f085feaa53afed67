// Splits a Markdown file into YAML front-matter and body by one fence rule: the front-matter opens
// with `---` on line 1 and closes at the next line that is exactly `---` (trailing spaces allowed).
// gray-matter's own rule closes at any line starting with `---`, so a `----` line inside the
// fields ended them there and published the fields below as prose, while this file's checks read
// the later `---`: two rules, two answers. The split is done here, and ./yaml-read.ts parses the block.
// Security: nothing but YAML is ever parsed (no engine that could run code is reachable).
import type { Document, Node } from "yaml";
import { isMap, isScalar, isSeq } from "./yaml-lib.ts";
import { type Diagnostic, diagnostic, fieldPath } from "./diagnostics.ts";
import { type ReadYaml, readYaml } from "./yaml-read.ts";
import { type Locator, noLocator } from "./yaml-positions.ts";

export interface FrontMatter {
  /** The parsed YAML, or undefined when there was no front-matter. */
  data: unknown;
  /** Where the front-matter's fields stand; `noLocator` when there is no front-matter. */
  locator: Locator;
  /** Whether the fast path read it (see ReadYaml). */
  fast: boolean;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

export type FrontMatterResult = { frontMatter: FrontMatter | undefined; diagnostics: Diagnostic[] };

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(text: string, file: string, options: { fastYaml: boolean } = { fastYaml: true }): FrontMatterResult {
  const firstLineEnd = text.indexOf("\n");
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (!firstLine.startsWith("---") || firstLine.startsWith("----")) {
    return { frontMatter: { data: undefined, locator: noLocator, fast: false, body: text, bodyLine: 1 }, diagnostics: [] };
  }

  const language = firstLine.slice(3).trim();
  if (language !== "" && language.toLowerCase() !== "yaml") {
    return {
      frontMatter: undefined,
      diagnostics: [
        diagnostic("front-matter-language", file, {
          line: 1,
          column: 4,
          message: `The front-matter is marked as ${JSON.stringify(language)}; only YAML is read, and nothing in it was run.`,
          expected: "YAML front-matter opened by a line of three dashes (---)",
          found: `---${language}`,
        }),
      ],
    };
  }

  // Without a closing line the whole file would be front-matter, losing the body without a word.
  const lines = text.split("\n");
  const closeIndex = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (closeIndex === -1) {
    return {
      frontMatter: undefined,
      diagnostics: [
        diagnostic("front-matter-unclosed", file, {
          line: 1,
          column: 1,
          message: "The file opens front-matter with --- on line 1 but never closes it.",
          expected: "a line of three dashes (---) after the last field",
          found: "no closing line",
        }),
      ],
    };
  }

  // gray-matter (and so most tools) would end the front-matter at `----`; here it would be read as
  // YAML text. Either reading loses the fields after it, so the line is refused where it stands.
  const dashes = lines.findIndex((line, i) => i > 0 && i < closeIndex && line.startsWith("---"));
  if (dashes !== -1) {
    return {
      frontMatter: undefined,
      diagnostics: [
        diagnostic("front-matter-dash-line", file, {
          line: dashes + 1,
          column: 1,
          message: `This line starts with dashes inside the front-matter, which ends only at the line of exactly three dashes on line ${closeIndex + 1}.`,
          expected: "a field (`name: value`), or --- alone to end the front-matter",
          found: JSON.stringify(lines[dashes]!.length > 40 ? `${lines[dashes]!.slice(0, 40)}…` : lines[dashes]),
        }),
      ],
    };
  }

  // Telling whether the front-matter was closed early takes the document of the slow path.
  const fast = options.fastYaml && !bodyGoesOnIndented(lines, closeIndex);
  // Line n of the block is line n of the file: the block keeps the opening line's place as an empty line.
  const block = `\n${lines.slice(1, closeIndex).join("\n")}`;
  // Only blank lines and comments: an empty block, as when there is no field at all.
  const empty = lines.slice(1, closeIndex).every((line) => /^\s*(?:#.*)?$/.test(line));
  const parsed: ReadYaml | undefined = empty ? undefined : readYaml(block, file, { fast });

  const body = lines.slice(closeIndex + 1).join("\n");
  const bodyLine = closeIndex + 2;
  if (parsed === undefined) {
    // An empty block (only blank lines or comments).
    return { frontMatter: { data: {}, locator: noLocator, fast: false, body, bodyLine }, diagnostics: [] };
  }
  if (parsed.data === undefined) return { frontMatter: undefined, diagnostics: parsed.diagnostics };
  const { data, doc, locator, diagnostics } = parsed;
  const cut = doc && bodyGoesOnIndented(lines, closeIndex) ? closedInsideBlockText(doc) : undefined;
  if (cut) {
    diagnostics.push(
      diagnostic("front-matter-closed-early", file, {
        line: closeIndex + 1,
        column: 1,
        field: cut,
        message: `This --- ends the front-matter in the middle of the text of ${cut}; the indented lines after it are read as the report's body, not as part of ${cut}.`,
        expected: `the text of ${cut} to go on, or the front-matter to end after a field`,
        found: "a line of three dashes, then indented text",
      }),
    );
  }
  return { frontMatter: { data, locator, fast: parsed.fast, body, bodyLine }, diagnostics };
}

/**
 * `summary: |` then a `---` line inside the text: the fence wins (as in every front-matter tool),
 * and the rest of the summary, with any fields after it, silently becomes body text. Tell-tale:
 * the body goes on indented (this function) and the front-matter ends inside a block of text
 * (closedInsideBlockText).
 */
const bodyGoesOnIndented = (lines: readonly string[], closeIndex: number) => /^[ \t]+\S/.test(lines[closeIndex + 1] ?? "");

function closedInsideBlockText(doc: Document): string | undefined {
  const path: PropertyKey[] = [];
  let node = doc.contents as Node | null;
  for (;;) {
    if (isMap(node) && node.items.length > 0) {
      const last = node.items[node.items.length - 1]!;
      path.push(isScalar(last.key) ? String(last.key.value) : "?");
      node = last.value as Node | null;
    } else if (isSeq(node) && node.items.length > 0) {
      path.push(node.items.length - 1);
      node = node.items[node.items.length - 1] as Node | null;
    } else break;
  }
  return isScalar(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") ? fieldPath(path) : undefined;
}
