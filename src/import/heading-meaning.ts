// Which part of the report a heading stands for, by meaning rather than by exact text. Chairs copy
// their community's template (Hyperledger's, Kubernetes' annual report, the ASF board report) and
// reword it: "TSIG Overall Health", "Assessment of Overall Activity", "List of Planned Work
// Products (include links)". The spec's own table still decides what the loader joins; this only
// tells import which canonical heading to write.
import { SECTION_HEADINGS, SECTION_KEYS, type SectionKey, normaliseHeading } from "../model/sections.ts";

/** Other communities' template headings, normalised, by the part they report on. */
const TEMPLATE_HEADINGS: Record<SectionKey, readonly string[]> = {
  health: [
    "overall health", "sig health", "wg health", "project health", "community health", "health of the group",
    "membership", "membership data", "members", "issues", "issues for the board", "issues being faced by the group",
    "questions issues for the tsc", "concerns", "risks",
  ],
  activity: [
    "overall activity", "activity in the past quarter", "activities", "project activity", "recent activity",
    "operational", "community activity", "releases", "highlights", "accomplishments", "progress",
    // Kubernetes' "Current initiatives" asks what the SIG did this year: activity, not a plan to track.
    "current initiatives", "current initiatives and project health",
  ],
  agenda: ["agenda", "meeting highlights", "meeting summaries", "meeting notes", "presentations", "calls", "sessions held", "talks"],
  workProducts: [
    "current plans", "plans", "planned work", "work items", "roadmap", "deliverables",
  ],
  diversity: ["diversity", "participant diversity", "maintainer diversity", "contributor diversity"],
  additional: ["additional information", "other information", "other", "notes", "anything else", "miscellaneous", "comments"],
};

/** Words that wrap a part's name without changing it: "Assessment of …", "Summary of …". */
const LEADING_WRAPPERS = /^(?:(?:an?|the)\s+)?(?:assessment|summary|list|overview|description|report|update|status|review|details)\s+(?:of|on)\s+(?:the\s+)?/;

const KNOWN = new Map<string, SectionKey>();
for (const key of SECTION_KEYS) {
  for (const heading of [...SECTION_HEADINGS[key], ...TEMPLATE_HEADINGS[key]]) KNOWN.set(normaliseHeading(heading), key);
}

/** The heading without its numbering, parenthesised instruction, trailing colon or question mark. */
export function headingCore(text: string): string {
  return text
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-Ha-h])[.)]\s+/, "")
    .replace(/\s*[([][^)\]]*[)\]]\s*$/, "")
    .replace(/\s*[:?]\s*$/, "")
    .trim();
}

/**
 * The part a heading stands for, or undefined. Tries the heading as written, then without a
 * wrapper ("summary of"), then without up to four leading words (a group's name or abbreviation:
 * "Public Sector SIG Overall Health", "TSIG Health").
 */
export function partOfHeading(text: string): SectionKey | undefined {
  const words = normaliseHeading(headingCore(text)).replace(LEADING_WRAPPERS, "").split(" ").filter((w) => w !== "");
  if (words.length === 0 || words.length > 10) return undefined;
  for (let drop = 0; drop <= Math.min(4, words.length - 1); drop++) {
    const rest = words.slice(drop).join(" ").replace(LEADING_WRAPPERS, "");
    const key = KNOWN.get(rest);
    // A single generic word left after dropping a name ("… Other") is not enough to be sure.
    if (key && (drop === 0 || rest.includes(" ") || key === "health" || key === "activity" || key === "diversity")) return key;
  }
  return undefined;
}
