// YAML is parsed by `yaml`, not gray-matter's js-yaml: it keeps `2019-04-12` as text (a calendar
// day, never a UTC instant), refuses alias bombs, reports duplicate keys and tabs, and gives every
// node a position so a diagnostic can point at the spot.
import type { Document, LineCounter, Node, YAMLError } from "yaml";
import { isAlias, isCollection, isMap, isPair, isScalar, lineCounter as newLineCounter, parseDocument, visit } from "./yaml-lib.ts";
import { fieldPath } from "./diagnostics.ts";
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
  const lineCounter = newLineCounter();
  // logLevel "error": the yaml package would otherwise print its own warnings (e.g. for a `[a, b]:`
  // key) to the console, beside our diagnostics.
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, schema: "core", prettyErrors: false, strict: true, logLevel: "error" });
  const diagnostics = yamlErrorDiagnostics(doc, lineCounter, source, file);
  if (diagnostics.length > 0) return { data: undefined, doc, lineCounter, diagnostics };
  diagnostics.push(...droppedComments(doc, lineCounter, file));

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // Point at the first alias (*name), the start of the expansion, not at a fixed line.
    let first: number | undefined;
    let aliases = 0;
    visit(doc, {
      Alias(_key, node) {
        aliases++;
        first ??= node.range?.[0];
      },
    });
    const { line, col } = lineCounter.linePos(first ?? 0);
    diagnostics.push(
      diagnostic("yaml-alias-bomb", file, {
        line,
        column: col,
        message: `The front-matter's ${aliases} aliases (*name) repeat anchored values (&name) into one another until they would expand to more data than any report holds; it was not expanded.`,
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

function yamlErrorDiagnostics(doc: Document, lineCounter: LineCounter, source: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seenLines = new Set<number>();
  for (const error of doc.errors) {
    const d = yamlErrorDiagnostic(doc, error, lineCounter, source, file);
    // One broken line often trips several of the parser's rules; the first says it.
    if (d.code === "yaml-syntax" && seenLines.has(d.line)) continue;
    seenLines.add(d.line);
    out.push(d);
  }
  return out;
}

/** The innermost node whose source ends where the parser gave up: the unclosed quote or bracket. */
function nodeEndingAt(doc: Document, offset: number, want: (node: Node) => boolean): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Node(_key, node) {
      if (node.range && node.range[1] === offset && node.range[0] < offset && want(node)) found = node;
    },
  });
  return found;
}

/** The path of the map key that starts at `offset`, e.g. ["agenda", 0, "date"]. */
function keyPathAt(doc: Document, offset: number): PropertyKey[] | undefined {
  let found: PropertyKey[] | undefined;
  visit(doc, {
    Pair(_key, pair, ancestors) {
      if (found || !isScalar(pair.key) || pair.key.range?.[0] !== offset) return;
      const path: PropertyKey[] = [];
      let child: unknown = pair;
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const parent = ancestors[i];
        if (isPair(parent) && isScalar(parent.key)) path.unshift(String(parent.key.value));
        else if (isCollection(parent) && !isMap(parent)) path.unshift(parent.items.indexOf(child as never));
        child = parent;
      }
      found = [...path, String(pair.key.value)];
    },
  });
  return found;
}

function yamlErrorDiagnostic(doc: Document, error: YAMLError, lineCounter: LineCounter, source: string, file: string): Diagnostic {
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const pos = at(error.pos[0]);
  const firstLine = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const syntax = (input: { line: number; column: number; message: string; hint?: string }) => diagnostic("yaml-syntax", file, input);

  if (error.code === "DUPLICATE_KEY") {
    const key = /^[^:\n]*/.exec(source.slice(error.pos[0]))![0].trim();
    const path = keyPathAt(doc, error.pos[0]);
    const firstAt = firstKeyLine(doc, lineCounter, error.pos[0], key);
    return diagnostic("duplicate-key", file, {
      ...pos,
      ...(path && { field: fieldPath(path) }),
      message: `The field ${JSON.stringify(key)} is given ${firstAt ? `on line ${firstAt} and again here` : "more than once in the same place"}; only one value can be kept.`,
      expected: "each field once",
      found: `${key} twice`,
    });
  }
  if (error.code === "TAB_AS_INDENT" || /\btab/i.test(error.message)) {
    return syntax({ ...pos, message: `${firstLine}${firstLine.endsWith(".") ? "" : "."}`, hint: "YAML is indented with spaces only: replace the tab characters with spaces." });
  }
  if (error.code === "MISSING_CHAR" && /quote/.test(error.message)) {
    const open = nodeEndingAt(doc, error.pos[0], (n) => isScalar(n) && (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE"));
    const quote = open && isScalar(open) && open.type === "QUOTE_SINGLE" ? "'" : '"';
    return syntax({
      ...(open?.range ? at(open.range[0]) : pos),
      message: `The quote ${quote} opened here is never closed, so every line after it up to the end of the front-matter is read as part of this text.`,
      hint: `Close the text with a ${quote} on the same line, e.g. title: ${quote}Public Sector update${quote}.`,
    });
  }
  if (/must be sufficiently indented and end with a [\]}]|Expected flow (sequence|map) to end|flow collection/i.test(error.message)) {
    const open = nodeEndingAt(doc, error.pos[0], (n) => isCollection(n) && n.flow === true);
    const close = /\}/.test(error.message) || (open && isMap(open)) ? "}" : "]";
    return syntax({
      ...(open?.range ? at(open.range[0]) : pos),
      message: `The ${close === "]" ? "[" : "{"} opened here is never closed with ${close}.`,
      hint: `Close it on the same line, e.g. tags: [governance, identity]; or write one item per line starting with \`- \`.`,
    });
  }
  if (error.code === "MULTILINE_IMPLICIT_KEY" || error.code === "BLOCK_AS_IMPLICIT_KEY") {
    // `quartersActive: 3` then `    attendance:` indented deeper: YAML reads the second line as
    // more of the value 3. The line to fix is the deeper one: the next line with text on it.
    const lines = source.split("\n");
    let line = pos.line + 1;
    while (line < lines.length && lines[line - 1]!.trim() === "") line++;
    const lineText = lines[line - 1] ?? "";
    const column = lineText.length - lineText.trimStart().length + 1;
    return syntax({
      line,
      column,
      message: `This line is indented further than the field above it (line ${pos.line}), so YAML cannot read it as a field of its own.`,
      hint: "Indent a field exactly as far as the fields beside it, with spaces; indent further only the fields inside a group.",
    });
  }
  if (error.code === "MULTIPLE_DOCS") {
    return syntax({
      ...pos,
      message: "The front-matter holds more than one YAML document (a line of --- or ... inside it); it must be one block of fields.",
      hint: "Delete the --- or ... line inside the front-matter; only the lines that open and close it have three dashes.",
    });
  }
  if (/call stack|too much recursion/i.test(error.message)) {
    // Where the recursion gave out depends on how deep the caller's stack already was; point at
    // the first bracket of the line instead, so the diagnostic is the same on every run.
    const lineText = source.split("\n")[pos.line - 1] ?? "";
    const bracket = lineText.search(/[[{]/);
    return syntax({
      line: pos.line,
      column: bracket === -1 ? 1 : bracket + 1,
      message: "The front-matter nests lists or groups of fields inside one another too deeply to be read.",
      hint: "A report needs a few levels of nesting at most; flatten the value.",
    });
  }
  return syntax({ ...pos, message: `${firstLine}${firstLine.endsWith(".") ? "" : "."}` });
}

/** The line of the first `key:` in the same map as the duplicate at `offset`. */
function firstKeyLine(doc: Document, lineCounter: LineCounter, offset: number, key: string): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Map(_key, map) {
      if (line !== undefined || !map.items.some((p) => isScalar(p.key) && p.key.range?.[0] === offset)) return;
      const first = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (first && isScalar(first.key) && first.key.range && first.key.range[0] !== offset) line = lineCounter.linePos(first.key.range[0]).line;
    },
  });
  return line;
}
