// The `yaml` package, loaded on first use. It is the reference parser and the source of every YAML
// diagnostic and position (./yaml.ts), but a report without problems never needs it: the fast path
// (./yaml-fast.ts) reads it, and positions are found only when a check asks. Loading its ~60
// CommonJS files took ~0.1 s before the first report was read, on the main thread and again in
// every load worker. It is CommonJS, so a synchronous require() can load it at the first call.
import { createRequire } from "node:module";
import type * as Yaml from "yaml";

let loaded: typeof Yaml | undefined;

function yaml(): typeof Yaml {
  return (loaded ??= createRequire(import.meta.url)("yaml") as typeof Yaml);
}

export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const visit = ((...args: Parameters<typeof Yaml.visit>) => yaml().visit(...args)) as typeof Yaml.visit;
export const isAlias = ((node: unknown) => yaml().isAlias(node)) as typeof Yaml.isAlias;
export const isCollection = ((node: unknown) => yaml().isCollection(node)) as typeof Yaml.isCollection;
export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isPair = ((node: unknown) => yaml().isPair(node)) as typeof Yaml.isPair;
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;

export function lineCounter(): Yaml.LineCounter {
  return new (yaml().LineCounter)();
}
