// The body's level-2 headings that join the front-matter part of the same name (spec: "The body").
export const SECTION_KEYS = ["health", "activity", "agenda", "workProducts", "diversity", "additional"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_HEADINGS: Record<SectionKey, readonly string[]> = {
  health: ["Working Group Health", "Group Health", "Health"],
  activity: ["Overall Activity", "Overall Activity in the Past Quarter", "Activity"],
  agenda: ["Agenda", "Agenda Highlights", "Meetings", "Sessions"],
  workProducts: ["Planned Work Products", "Work Products", "Deliverables"],
  diversity: ["Participant Diversity", "Diversity"],
  additional: ["Additional Information", "Other", "Notes"],
};

/** The heading a new report uses for each part, and the page's heading for it. */
export const SECTION_TITLES: Record<SectionKey, string> = {
  health: "Working Group Health",
  activity: "Overall Activity",
  agenda: "Agenda",
  workProducts: "Planned Work Products",
  diversity: "Participant Diversity",
  additional: "Additional Information",
};

/** Case and punctuation are ignored when matching a heading. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const BY_NORMALISED = new Map<string, SectionKey>(
  SECTION_KEYS.flatMap((key) => SECTION_HEADINGS[key].map((h) => [normaliseHeading(h), key] as const)),
);

export function sectionKeyFor(heading: string): SectionKey | undefined {
  return BY_NORMALISED.get(normaliseHeading(heading));
}
