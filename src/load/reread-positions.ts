// A report loaded in a worker thread comes back without its positions: they are a function, and
// functions cannot cross threads. Cross-file checks ask for few positions (the line of a warning),
// so they are found again here, on the main thread, from the file itself and only when asked for.
import { readFileSync } from "node:fs";
import { splitFrontMatter } from "./front-matter.ts";
import { decodeText } from "./read-text.ts";
import { type FieldPositions, topLevelPositions } from "./yaml-positions.ts";

/**
 * The positions the in-thread load would have given for the report at `abs` whose validated
 * fields are `fields`. Both read the front-matter with `yaml` (the fast path's locator is the same
 * lazy `yaml` parse), so the answers are the same while the file is unchanged; a file edited or
 * removed since it was loaded gives undefined, which checks already take as "line 1".
 */
export function rereadPositions(abs: string, shown: string, fields: object): FieldPositions {
  let positions: FieldPositions | undefined;
  return (key) => {
    // Answered without the file, as topLevelPositions would: most keys asked about are absent.
    if (!Object.hasOwn(fields, key)) return undefined;
    positions ??= fromFile(abs, shown, fields);
    return positions(key);
  };
}

function fromFile(abs: string, shown: string, fields: object): FieldPositions {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch {
    return () => undefined;
  }
  const decoded = decodeText(bytes, shown);
  if (!decoded.ok) return () => undefined;
  const locator = splitFrontMatter(decoded.text, shown, { fastYaml: false }).frontMatter?.locator;
  return locator ? topLevelPositions(locator, fields) : () => undefined;
}
