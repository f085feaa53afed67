// The one schema of the report format (shared/spec/report-format.md), in the spec's order.
// Types are inferred from it, validation runs on it, and the editors' JSON Schema is generated
// from it: no other file restates a field list.
import { z } from "zod";
import {
  absoluteUrl,
  accentColour,
  count,
  countUpTo,
  dateOrQuarter,
  groupSlug,
  imageFile,
  isoDate,
  link,
  locale,
  markdown,
  person,
  quarterId,
  questionId,
  share,
  tag,
  text,
} from "./fields.ts";

/** A due offset or a call's lead time longer than a year is a typo, not a policy. */
export const MAX_DAYS = 366;
/** Missed reports in a row before a group is called non-responsive: beyond a few years nobody is waiting. */
export const MAX_NON_RESPONSIVE_AFTER = 12;

/** How many days before a report's due date each call goes out (spec: "The reporting cycle"). */
export const remindersSchema = z.strictObject({
  firstCallDays: countUpTo(MAX_DAYS).default(21),
  reminderDays: countUpTo(MAX_DAYS).default(7),
  lastCallDays: countUpTo(MAX_DAYS).default(1),
  nonResponsiveAfter: countUpTo(MAX_NON_RESPONSIVE_AFTER, 1).default(2),
});
export const REMINDER_DEFAULTS: Reminders = remindersSchema.parse({});

export const siteSchema = z.strictObject({
  title: text(),
  description: text().optional(),
  url: absoluteUrl().optional(),
  repository: absoluteUrl().optional(),
  editBranch: text().default("main"),
  locale: locale().default("en"),
  reportDueDays: countUpTo(MAX_DAYS).default(30),
  // Branding, all optional: without them the pages are sigreport's own.
  logo: imageFile().optional(),
  accent: z.strictObject({ light: accentColour("light"), dark: accentColour("dark") }).optional(),
  nav: z.array(link()).optional(),
  footer: text().optional(),
  reminders: remindersSchema.optional(),
});

/** How often a group reports (spec: "The reporting cycle"); absent means quarterly. */
export const CADENCES = ["quarterly", "half-yearly", "yearly"] as const;

const extensionSchema = z.strictObject({
  quarter: quarterId(),
  until: isoDate(),
  reason: text().optional(),
});

export const groupSchema = z.strictObject({
  name: text(),
  kind: text().default("SIG").meta({ examples: ["SIG", "WG", "TF"] }),
  established: isoDate().optional(),
  retired: isoDate().optional(),
  chairs: z.array(person()).optional(),
  links: z.array(link()).optional(),
  meets: text().optional(),
  formerSlugs: z.array(groupSlug()).optional(),
  // No zod default: a group that says nothing keeps its front-matter (and reports.json) as it was;
  // schedule.ts reads a missing cadence as quarterly.
  cadence: z.enum(CADENCES).optional().meta({ default: "quarterly" }),
  reportDueDays: countUpTo(MAX_DAYS).optional(),
  extensions: z.array(extensionSchema).optional(),
  liaison: person().optional(),
});

export const RATINGS = ["green", "yellow", "red"] as const;
export const CHANNEL_LEVELS = ["none", "low", "moderate", "high"] as const;
export const WORK_PRODUCT_STATUSES = ["proposed", "planned", "in-progress", "blocked", "done", "dropped"] as const;
/** A work product in one of these states has ended; its disappearance is expected. */
export const FINISHED_STATUSES: readonly WorkProductStatus[] = ["done", "dropped"];

const attendanceSchema = z.strictObject({
  typical: count().optional(),
  last: count().optional(),
  peak: count().optional(),
  low: count().optional(),
});

const healthSchema = z.strictObject({
  quartersActive: count().optional(),
  attendance: attendanceSchema.optional(),
  rating: z.enum(RATINGS).optional(),
  subgroups: z
    .array(z.strictObject({ name: text(), purpose: text().optional(), meets: text().optional() }))
    .optional(),
  needs: z.array(text()).optional(),
  members: count().optional(),
  membersNote: text().optional(),
});

const activitySchema = z.strictObject({
  meetings: z.strictObject({ held: count().optional(), missed: count().optional(), note: text().optional() }).optional(),
  channels: z
    .array(z.strictObject({ name: text(), level: z.enum(CHANNEL_LEVELS).optional(), note: text().optional(), members: count().optional() }))
    .optional(),
  highlights: z.array(text()).optional(),
});

const sessionSchema = z.strictObject({
  date: isoDate(),
  title: text(),
  summary: markdown().optional(),
  presenters: z.array(person()).optional(),
  links: z.array(link()).optional(),
  tags: z.array(tag()).optional(),
});

const workProductSchema = z.strictObject({
  title: text(),
  status: z.enum(WORK_PRODUCT_STATUSES),
  owner: text().optional(),
  due: dateOrQuarter().optional(),
  note: text().optional(),
  links: z.array(link()).optional(),
});

const diversitySchema = z.strictObject({
  sectors: z.object({ note: text().optional() }).catchall(share()).optional(),
  gender: z.strictObject({ womenShare: share().optional(), note: text().optional() }).optional(),
  regions: z.strictObject({ list: z.array(text()).optional(), note: text().optional() }).optional(),
});

export const reportSchema = z.strictObject({
  quarter: quarterId().optional(),
  submitted: isoDate().optional(),
  title: text().optional(),
  summary: text().optional(),
  authors: z.array(person()).optional(),
  health: healthSchema.optional(),
  activity: activitySchema.optional(),
  agenda: z.array(sessionSchema).optional(),
  workProducts: z.array(workProductSchema).optional(),
  diversity: diversitySchema.optional(),
  responses: z.array(z.strictObject({ to: questionId(), answer: markdown() })).optional(),
});

export const REVIEW_OUTCOMES = ["accepted", "discussed", "changes-requested"] as const;

/** The overseers' review of a report: `groups/<slug>/<YYYY>-Q<n>.review.md`. */
export const reviewSchema = z.strictObject({
  reviewers: z.array(person()).min(1, { error: "at least one reviewer" }),
  date: isoDate(),
  outcome: z.enum(REVIEW_OUTCOMES).optional(),
  questions: z.array(z.strictObject({ id: questionId(), text: text() })).optional(),
});

/** The editors' introduction to a quarter's digest: `content/quarters/<YYYY>-Q<n>.md`. */
export const quarterIntroSchema = z.strictObject({
  title: text().optional(),
  editors: z.array(person()).optional(),
});

export type SiteSettings = z.output<typeof siteSchema>;
export type GroupFrontMatter = z.output<typeof groupSchema>;
export type ReportFrontMatter = z.output<typeof reportSchema>;
export type Person = z.output<typeof import("./fields.ts").personObject>;
export type Link = z.output<ReturnType<typeof link>>;
export type Health = z.output<typeof healthSchema>;
export type Activity = z.output<typeof activitySchema>;
export type Session = z.output<typeof sessionSchema>;
export type WorkProduct = z.output<typeof workProductSchema>;
export type WorkProductStatus = (typeof WORK_PRODUCT_STATUSES)[number];
export type Diversity = z.output<typeof diversitySchema>;
export type Rating = (typeof RATINGS)[number];
export type Reminders = z.output<typeof remindersSchema>;
export type Cadence = (typeof CADENCES)[number];
export type Extension = z.output<typeof extensionSchema>;
export type ReportResponse = NonNullable<ReportFrontMatter["responses"]>[number];
export type ReviewFrontMatter = z.output<typeof reviewSchema>;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export type ReviewQuestion = NonNullable<ReviewFrontMatter["questions"]>[number];
export type QuarterIntroFrontMatter = z.output<typeof quarterIntroSchema>;

/** The editors' JSON Schemas, generated from the schemas above (what a chair types: input side). */
export function jsonSchemas(): Record<"site" | "group" | "report" | "review" | "quarter", object> {
  const options = { io: "input", target: "draft-2020-12" } as const;
  return {
    site: { title: "sigreport site settings (content/site.yaml)", ...z.toJSONSchema(siteSchema, options) },
    group: { title: "sigreport group (groups/<slug>/index.md front-matter)", ...z.toJSONSchema(groupSchema, options) },
    report: { title: "sigreport quarterly report (groups/<slug>/<YYYY>-Q<n>.md front-matter)", ...z.toJSONSchema(reportSchema, options) },
    review: { title: "sigreport review (groups/<slug>/<YYYY>-Q<n>.review.md front-matter)", ...z.toJSONSchema(reviewSchema, options) },
    quarter: { title: "sigreport quarter introduction (quarters/<YYYY>-Q<n>.md front-matter)", ...z.toJSONSchema(quarterIntroSchema, options) },
  };
}
