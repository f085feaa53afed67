// Splits a Markdown file into YAML front-matter and body. gray-matter finds the fences and names
// the front-matter language (always called with options, so its cache of every text stays off);
// ./yaml.ts parses the block.
// Security: gray-matter's own engines `eval` ---js front-matter, so every non-YAML language is
// refused before any engine runs, and the engines that could run code are replaced by refusals.
import matter from "gray-matter";
import { type Document, LineCounter, type Node, isMap, isScalar, isSeq } from "yaml";
import { type Diagnostic, diagnostic, fieldPath } from "./diagnostics.ts";
import { type ParsedYaml, parseYaml } from "./yaml.ts";

export interface FrontMatter {
  /** The parsed YAML, or undefined when there was no front-matter. */
  data: unknown;
  doc: Document | undefined;
  lineCounter: LineCounter;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

export type FrontMatterResult = { frontMatter: FrontMatter | undefined; diagnostics: Diagnostic[] };

const refuse = () => {
  throw new Error("front-matter languages other than YAML are never evaluated");
};

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(text: string, file: string): FrontMatterResult {
  const firstLineEnd = text.indexOf("\n");
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (!firstLine.startsWith("---") || firstLine.startsWith("----")) {
    return { frontMatter: { data: undefined, doc: undefined, lineCounter: new LineCounter(), body: text, bodyLine: 1 }, diagnostics: [] };
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

  // gray-matter would take the whole file as front-matter, losing the body without a word.
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

  let parsed: ParsedYaml | undefined;
  const split = matter(text, {
    language: "yaml",
    engines: {
      // The block gray-matter passes starts right after `---`, so its line n is the file's line n.
      yaml: (source: string) => {
        parsed = parseYaml(source, file);
        return {};
      },
      js: refuse,
      javascript: refuse,
      json: refuse,
      toml: refuse,
      coffee: refuse,
      coffeescript: refuse,
    } as unknown as matter.GrayMatterOption<string, never>["engines"],
  });

  const body = split.content;
  const bodyLine = closeIndex + 2;
  if (parsed === undefined) {
    // An empty block (only blank lines or comments).
    return { frontMatter: { data: {}, doc: undefined, lineCounter: new LineCounter(), body, bodyLine }, diagnostics: [] };
  }
  if (parsed.data === undefined) return { frontMatter: undefined, diagnostics: parsed.diagnostics };
  const { data, doc, lineCounter, diagnostics } = parsed;
  const cut = closedInsideBlockText(doc, lines, closeIndex);
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
  return { frontMatter: { data, doc, lineCounter, body, bodyLine }, diagnostics };
}


/**
 * `summary: |` then a `---` line inside the text: the fence wins (as in every front-matter tool),
 * and the rest of the summary, with any fields after it, silently becomes body text. Tell-tale:
 * the front-matter ends inside a block of text and the body goes on indented.
 */
function closedInsideBlockText(doc: Document, lines: readonly string[], closeIndex: number): string | undefined {
  const next = lines[closeIndex + 1] ?? "";
  if (!/^[ \t]+\S/.test(next)) return undefined;
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
