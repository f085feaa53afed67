// What a chair writes in each part of a new report. The hints are visible Markdown, not HTML
// comments: report HTML is escaped on the site, so a comment would show as text anyway, and a
// hint that is plainly a prompt is easier to spot and replace than a hidden one.
import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from "../model/sections.ts";

export const HINT_PREFIX = "Replace this line with";

export const INTRODUCTION_HINT = "one paragraph that sums up the quarter; it is the report's summary on cards and in feeds";

export const SECTION_HINTS: Record<SectionKey, string> = {
  health: "how the group is doing: people on calls, active members, where you need help (figures go under `health:` above)",
  activity: "what happened this quarter: meetings held or missed, the mailing list and chat, the highlights",
  agenda: "what the sessions added up to; list each session under `agenda:` above with its `date` (YYYY-MM-DD) and `title`",
  workProducts: "where the group's work stands; update each work product's `status` above (proposed, planned, in-progress, blocked, done, dropped)",
  diversity: "who takes part: sectors, gender balance, regions",
  additional: "anything else readers should know: plans, requests, thanks",
};

/** A hint as one italic Markdown line, e.g. `_Replace this line with …._` */
export function hintLine(hint: string): string {
  return `_${HINT_PREFIX} ${hint}._`;
}

/** The body of a new report: an introduction hint, then every section heading with its hint. */
export function hintedBody(): string {
  const parts = [hintLine(INTRODUCTION_HINT)];
  for (const key of SECTION_KEYS) parts.push(`## ${SECTION_TITLES[key]}`, hintLine(SECTION_HINTS[key]));
  return parts.join("\n\n");
}
