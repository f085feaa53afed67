// axe-core in a page that is already loaded: WCAG 2.2 AA violations, described for a failing test.
// The pages' CSP forbids injected scripts, so pages are opened in a context with bypassCSP.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export async function axeViolations(page: Page, options: { rules?: string[] } = {}): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  const runOnly = options.rules ? { type: "rule", values: options.rules } : { type: "tag", values: TAGS };
  const results = await page.evaluate(
    // biome-ignore lint: axe is a global injected above
    (only) => (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } }).axe.run(document, { runOnly: only, resultTypes: ["violations"] }),
    runOnly,
  );
  return results.violations;
}

export const describeViolations = (vs: Violation[]) =>
  vs.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`).join("\n");
