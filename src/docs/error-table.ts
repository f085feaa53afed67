// The guide for chairs explains every diagnostic. The table is generated from the catalogue, so a
// new or reworded diagnostic cannot leave the guide behind: a test compares the two, and
// `npx tsx src/docs/error-table.ts` rewrites the table in place.
import { readFile, writeFile } from "node:fs/promises";
import { CATALOGUE } from "../load/diagnostics.ts";

export const GUIDE = "docs/writing-a-report.md";
export const START = "<!-- diagnostics table: generated from CATALOGUE in src/load/diagnostics.ts by src/docs/error-table.ts -->";
export const END = "<!-- end of diagnostics table -->";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function errorTable(): string {
  const rows = Object.entries(CATALOGUE).map(([code, entry]) => {
    const hint: string = "hint" in entry ? entry.hint : "The message names what was expected and what was found.";
    const kind = "strict" in entry ? `${entry.severity} (error with --strict)` : entry.severity;
    return `| \`${code}\` | ${kind} | ${cell(entry.title)} | ${cell(hint)} |`;
  });
  return ["| code | kind | what it means | what to do |", "|---|---|---|---|", ...rows].join("\n");
}

/** The guide with its table section replaced by the current table. */
export function withCurrentTable(guide: string): string {
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${GUIDE} has lost its table markers`);
  return `${guide.slice(0, start + START.length)}\n${errorTable()}\n${guide.slice(end)}`;
}

if (process.argv[1]?.endsWith("error-table.ts")) {
  await writeFile(GUIDE, withCurrentTable(await readFile(GUIDE, "utf8")));
  console.log(`updated the diagnostics table in ${GUIDE}`);
}
