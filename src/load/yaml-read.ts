// Reads a block of YAML by the fast path (./yaml-fast.ts) when that path can vouch for the result,
// and by the exact one (./yaml.ts) otherwise. Either way the positions are those of ./yaml.ts.
import type { Document } from "yaml";
import type { Diagnostic } from "./diagnostics.ts";
import { parseYaml } from "./yaml.ts";
import { parseYamlFast } from "./yaml-fast.ts";
import { type Locator, lazyLocator, yamlLocator } from "./yaml-positions.ts";

export interface ReadYaml {
  /** The fields, or undefined when the YAML had errors. */
  data: Record<string, unknown> | undefined;
  diagnostics: Diagnostic[];
  locator: Locator;
  /** The document, when ./yaml.ts read the block: only it can answer questions about its nodes. */
  doc: Document | undefined;
  /** Whether js-yaml read the block; a caller that finds the fields invalid re-reads with `fast: false`. */
  fast: boolean;
}

export function readYaml(source: string, file: string, options: { fast: boolean }): ReadYaml {
  const data = options.fast ? parseYamlFast(source) : undefined;
  if (data !== undefined) {
    const locator = lazyLocator(() => {
      const { doc, lineCounter } = parseYaml(source, file);
      return yamlLocator(doc, lineCounter);
    });
    return { data, diagnostics: [], locator, doc: undefined, fast: true };
  }
  const { doc, lineCounter, ...parsed } = parseYaml(source, file);
  return { data: parsed.data, diagnostics: parsed.diagnostics, locator: yamlLocator(doc, lineCounter), doc, fast: false };
}
