// A legacy work-product line says its state in words, if at all ("in progress", "completed",
// "on hold"). Without such words a planned work product is a proposal: the weakest claim.
import type { WorkProductStatus } from "../model/schema.ts";

/** Checked in order: the first that matches wins, so "dropped" beats a mention of "planned". */
const SIGNS: readonly [WorkProductStatus, RegExp][] = [
  ["dropped", /\b(dropped|cancell?ed|abandoned|discontinued)\b/i],
  ["blocked", /\b(blocked|on hold|stalled)\b/i],
  ["done", /\b(completed|finished|delivered|published)\b|[(:–—-]\s*done\b/i],
  ["in-progress", /\b(in[ -]progress|under ?way|ongoing|started|drafting)\b/i],
  ["planned", /\b(planned|scheduled)\b/i],
];

export function statusFromText(text: string): WorkProductStatus {
  return SIGNS.find(([, sign]) => sign.test(text))?.[0] ?? "proposed";
}
