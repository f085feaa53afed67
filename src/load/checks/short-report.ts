// A report of one or two sentences is almost always a draft sent too soon (or a prompt-only file
// from `new`). Sentences are counted wherever the report says something: the body, the summary,
// the sessions' summaries and the highlights, so a report whose story is in its agenda is not short.
// A report with no body, or whose figures, sessions or work products tell the quarter, is data
// first, which the format allows; it is not judged here.
import { HINT_PREFIX } from "../../draft/section-hints.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ReportCheck } from "./types.ts";

export const MIN_SENTENCES = 3;
const STRUCTURED = ["health", "activity", "agenda", "workProducts", "diversity"] as const;

export const shortReport: ReportCheck = ({ report, file, body, bodyLine }) => {
  const { data } = report;
  if (body.trim() === "" || STRUCTURED.some((part) => data[part] !== undefined)) return [];
  const prose = body
    .split("\n")
    .filter((line) => !/^\s*#/.test(line) && !line.includes(HINT_PREFIX))
    .join("\n");
  const texts = [prose, data.summary ?? "", ...(data.agenda ?? []).map((s) => s?.summary ?? ""), ...(data.activity?.highlights ?? [])];
  const count = texts.reduce((n, text) => n + (typeof text === "string" ? sentenceCount(text) : 0), 0);
  if (count >= MIN_SENTENCES) return [];
  return [
    diagnostic("short-report", file, {
      line: bodyLine,
      message: `The report says ${count === 0 ? "nothing yet" : `only ${count === 1 ? "one sentence" : `${count} sentences`}`} in its text.`,
      expected: `at least ${MIN_SENTENCES} sentences`,
      found: String(count),
    }),
  ];
};

/** Pieces of at least three words between sentence ends or line breaks. */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((piece) => (piece.match(/\p{L}+/gu)?.length ?? 0) >= 3).length;
}
