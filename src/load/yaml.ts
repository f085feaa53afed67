// YAML is parsed by `yaml`, not gray-matter's js-yaml: it keeps `2019-04-12` as text (a calendar
// day, never a UTC instant), refuses alias bombs, reports duplicate keys and tabs, and gives every
// node a position so a diagnostic can point at the spot.
import { type Document, LineCounter, type YAMLError, isMap, isScalar, parseDocument, visit } from "yaml";
import { type Diagnostic, diagnostic } from "./diagnostics.ts";

/** Expanding more aliases than this is refused: a real report needs none. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  /** The plain data, or undefined when the YAML had errors. */
  data: Record<string, unknown> | undefined;
  doc: Document;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

export function parseYaml(source: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, schema: "core", prettyErrors: false, strict: true });
  const diagnostics = doc.errors.map((error) => yamlErrorDiagnostic(error, lineCounter, source, file));
  if (diagnostics.length > 0) return { data: undefined, doc, lineCounter, diagnostics };
  diagnostics.push(...droppedComments(doc, lineCounter, file));

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    diagnostics.push(
      diagnostic("yaml-alias-bomb", file, {
        line: 2,
        message: `The front-matter's aliases would expand to too much data (${(error as Error).message}).`,
        expected: `at most ${MAX_ALIAS_COUNT} alias expansions`,
        found: "more",
      }),
    );
    return { data: undefined, doc, lineCounter, diagnostics };
  }
  if (data === null || data === undefined) return { data: {}, doc, lineCounter, diagnostics };
  if (!isMap(doc.contents)) {
    const { line, col } = lineCounter.linePos(doc.contents?.range?.[0] ?? 0);
    diagnostics.push(
      diagnostic("front-matter-not-a-map", file, {
        line,
        column: col,
        message: "The front-matter must be fields (`name: value` lines), not a single value or a list.",
        expected: "fields, one `name: value` per line",
        found: Array.isArray(data) ? "a list" : "a single value",
      }),
    );
    return { data: undefined, doc, lineCounter, diagnostics };
  }
  return { data: data as Record<string, unknown>, doc, lineCounter, diagnostics };
}

/** `title: Item #1` silently becomes "Item" in every YAML parser; say so. */
function droppedComments(doc: Document, lineCounter: LineCounter, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (!node.comment || !node.range || !isScalar(node) || node.type !== "PLAIN") return;
      const start = lineCounter.linePos(node.range[0]);
      const end = lineCounter.linePos(node.range[1]);
      if (end.line !== start.line) return;
      out.push(
        diagnostic("yaml-comment-dropped", file, {
          line: start.line,
          column: start.col,
          message: `Only ${JSON.stringify(String(node.value))} is read here: the text after " #" (${JSON.stringify(node.comment.trim())}) is a YAML comment.`,
        }),
      );
    },
  });
  return out;
}

function yamlErrorDiagnostic(error: YAMLError, lineCounter: LineCounter, source: string, file: string): Diagnostic {
  const { line, col: column } = lineCounter.linePos(error.pos[0]);
  const firstLine = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  if (error.code === "DUPLICATE_KEY") {
    const key = /^[^:\n]*/.exec(source.slice(error.pos[0]))![0].trim();
    return diagnostic("duplicate-key", file, {
      line,
      column,
      message: `The field ${JSON.stringify(key)} is given more than once in the same place; only one value can be kept.`,
      expected: "each field once",
      found: `${key} twice`,
    });
  }
  const tabs = error.code === "TAB_AS_INDENT" || /\btab/i.test(error.message);
  return diagnostic("yaml-syntax", file, {
    line,
    column,
    message: `${firstLine}${firstLine.endsWith(".") ? "" : "."}`,
    ...(tabs && { hint: "YAML is indented with spaces only: replace the tab characters with spaces." }),
  });
}
