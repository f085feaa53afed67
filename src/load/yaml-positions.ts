// Maps a field path back to where it stands in the file, so a diagnostic points at the spot.
// Where a path does not exist (a missing field), it points at the nearest parent that does.
import type { Document, LineCounter, Node } from "yaml";
import { isMap, isPair, isScalar, isSeq } from "./yaml-lib.ts";
import type { Position } from "./diagnostics.ts";

export interface Locator {
  /** The value at `path`, or its nearest existing parent. */
  value(path: readonly PropertyKey[]): Position;
  /** The key of the field `key` inside the map at `path`. */
  key(path: readonly PropertyKey[], key: string): Position;
}

export function yamlLocator(doc: Document | undefined, lineCounter: LineCounter): Locator {
  const at = (offset: number | undefined): Position => {
    if (offset === undefined) return { line: 2, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  function walk(path: readonly PropertyKey[]): { node: Node | null; keyNode?: Node } {
    let node: Node | null = (doc?.contents as Node | null) ?? null;
    let keyNode: Node | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        keyNode = pair.key as Node;
        node = (pair.value as Node | null) ?? null;
        if (node === null) return { node: keyNode, keyNode };
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        node = item;
        keyNode = undefined;
      } else break;
    }
    return { node, ...(keyNode && { keyNode }) };
  }

  return {
    value(path) {
      return at(walk(path).node?.range?.[0]);
    },
    key(path, key) {
      const { node } = walk(path);
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        if (pair && isScalar(pair.key)) return at(pair.key.range?.[0]);
      }
      return at(node?.range?.[0]);
    },
  };
}

/** A locator for files that have no front-matter: everything points at line 1. */
export const noLocator: Locator = { value: () => ({ line: 1, column: 1 }), key: () => ({ line: 1, column: 1 }) };

/**
 * A locator built on first use: most files are valid and no diagnostic points into them, so they
 * never pay for a document with positions.
 */
export function lazyLocator(build: () => Locator): Locator {
  let built: Locator | undefined;
  const locator = () => (built ??= build());
  return { value: (path) => locator().value(path), key: (path, key) => locator().key(path, key) };
}

/** Where a report's top-level fields start, for warnings raised once every file is loaded. */
export type FieldPositions = (key: string) => Position | undefined;

/** The positions of the top-level fields of `fields`, looked up only when asked for. */
export function topLevelPositions(locator: Locator, fields: object): FieldPositions {
  return (key) => (Object.hasOwn(fields, key) ? locator.key([], key) : undefined);
}
