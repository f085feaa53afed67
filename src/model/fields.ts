// Tiny reusable field types: the schema reads like the spec's tables because each field kind
// is declared once here, with the words a chair sees when a value does not fit.
import { z } from "zod";
import { type CalendarDate, isCalendarDate } from "./calendar-date.ts";
import { AA_TEXT, type ColourScheme, HEX_COLOUR, accentContrastFailure, ratioLabel } from "./contrast.ts";
import { Quarter } from "./quarter.ts";

export const GROUP_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LINK_SCHEMES = ["http:", "https:", "mailto:"] as const;

/**
 * The years a report, a group or a session can plausibly be in. Every quarter between a group's
 * first and last report becomes a column of the status page and a row of `due`, so `0000-Q1` or
 * `established: 0001-01-01` would make pages and reminders of tens of thousands of quarters.
 */
export const PLAUSIBLE_YEARS = { first: 1970, last: 2099 } as const;
export const isPlausibleYear = (year: number) => year >= PLAUSIBLE_YEARS.first && year <= PLAUSIBLE_YEARS.last;
const yearWords = `in a year from ${PLAUSIBLE_YEARS.first} to ${PLAUSIBLE_YEARS.last}`;
/** The year of a `YYYY-…` value is plausible (a value of another shape is left to its own check). */
const plausibleYearOf = (value: string) => !/^\d{4}-/.test(value) || isPlausibleYear(Number(value.slice(0, 4)));

/**
 * The longest name (a person, an organisation, a tag) in UTF-8 bytes: names become file names of
 * their pages, and a file system allows 255 bytes per name.
 */
export const MAX_NAME_BYTES = 200;
const fitsName = (value: string) => Buffer.byteLength(value, "utf8") <= MAX_NAME_BYTES;
const nameWords = `a name of at most ${MAX_NAME_BYTES} bytes (about ${MAX_NAME_BYTES} Latin letters, fewer in other scripts)`;

/**
 * Characters no output can carry: XML 1.0 (the feeds, the sitemap) cannot hold C0 controls even
 * escaped, U+FFFE/U+FFFF are not characters, and a lone surrogate is not UTF-8. YAML's "\x01"
 * escapes reach a value all the same, so text is checked here.
 */
const UNCARRIABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Non-empty text. */
export const text = () =>
  z
    .string({ error: "text" })
    .min(1, { error: "text that is not empty", abort: true })
    .refine((value) => !UNCARRIABLE.test(value), { error: "text without control characters (a feed cannot carry them)" });

/** Non-empty text that names something with a page of its own (a person, an organisation). */
export const name = () => text().refine(fitsName, { error: nameWords });

/** Markdown text: rendered with raw HTML escaped. */
export const markdown = () => text().meta({ description: "Markdown; raw HTML is shown as text" });

export const count = () =>
  z.int({ error: "a whole number" }).min(0, { error: "a whole number ≥ 0" });

/** A whole number from `min` to `max`: a number of days or reports, where an absurd value is a typo. */
export const countUpTo = (max: number, min = 0) =>
  z
    .int({ error: "a whole number" })
    .min(min, { error: `a whole number from ${min} to ${max}` })
    .max(max, { error: `a whole number from ${min} to ${max}` });

/** A GitHub user name, written without `@`: what a reminder mentions. */
export const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
export const githubHandle = () =>
  z
    .string({ error: "a GitHub user name, e.g. octocat" })
    .regex(GITHUB_HANDLE, { error: "a GitHub user name without @ (letters, digits, single hyphens), e.g. octocat" });

/** A question's id in a review: lower-case words joined by hyphens, what a later report's `responses[].to` names. */
export const questionId = () =>
  z
    .string({ error: "an id of lower-case words joined by hyphens, e.g. budget-plan" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "an id of lower-case words joined by hyphens, e.g. budget-plan" });

export const share = () =>
  z.number({ error: "a share between 0 and 1, e.g. 0.33" })
    .min(0, { error: "a share between 0 and 1, e.g. 0.33" })
    .max(1, { error: "a share between 0 and 1, e.g. 0.33" });

export const isoDate = () =>
  z
    .string({ error: "a calendar day written YYYY-MM-DD, e.g. 2019-04-12" })
    .refine(isCalendarDate, { error: "a real calendar day written YYYY-MM-DD, e.g. 2019-04-12", abort: true })
    .refine(plausibleYearOf, { error: `a calendar day ${yearWords}` })
    .transform((value) => value as CalendarDate)
    .meta({ format: "date" });

export const quarterId = () =>
  z
    .string({ error: "a quarter written YYYY-Qn, e.g. 2019-Q2" })
    .regex(/^\d{4}-Q[1-4]$/, { error: "a quarter written YYYY-Qn, e.g. 2019-Q2", abort: true })
    .refine(plausibleYearOf, { error: `a quarter ${yearWords}` });

/** A due date may be a day or a whole quarter. */
export const dateOrQuarter = () =>
  z
    .string({ error: "a day (YYYY-MM-DD) or a quarter (YYYY-Qn)" })
    .refine((v) => isCalendarDate(v) || (/^\d{4}-Q[1-4]$/.test(v) && Quarter.parse(v) !== undefined), {
      error: "a day (YYYY-MM-DD) or a quarter (YYYY-Qn)",
      abort: true,
    })
    .refine(plausibleYearOf, { error: `a day or a quarter ${yearWords}` });

export const groupSlug = () =>
  z
    .string({ error: "a folder name of lower-case letters, digits and hyphens" })
    .regex(GROUP_SLUG, { error: "a folder name of lower-case letters, digits and hyphens, e.g. public-sector", abort: true })
    .refine(fitsName, { error: nameWords });

export const tag = () =>
  z
    .string({ error: "a lower-case word, e.g. governance" })
    .regex(TAG, { error: "a lower-case word (letters, digits, hyphens), e.g. governance", abort: true })
    .refine(fitsName, { error: nameWords });

export function isSafeLink(value: string): boolean {
  try {
    return (LINK_SCHEMES as readonly string[]).includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const linkUrl = () =>
  z
    .string({ error: "a web address" })
    .refine(isSafeLink, { error: "an address starting with http://, https:// or mailto:" });

export const absoluteUrl = () =>
  z.string({ error: "a web address" }).refine(
    (value) => {
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: "an absolute address starting with http:// or https://" },
  );

export const locale = () =>
  z.string({ error: "a language tag, e.g. en or en-GB" }).refine(
    (value) => {
      try {
        return Intl.getCanonicalLocales(value).length === 1;
      } catch {
        return false;
      }
    },
    { error: "a language tag, e.g. en or en-GB" },
  );

export const personObject = z.strictObject({
  name: name(),
  role: text().optional(),
  org: name().optional(),
  url: linkUrl().optional(),
  github: githubHandle().optional(),
});

/** A bare string is a person with that name. */
export const person = () =>
  z
    .union([name(), personObject])
    .transform((value) => (typeof value === "string" ? { name: value } : value))
    .meta({ description: "A person: a name, or { name, role, org, url }" });

export const link = () =>
  z.strictObject({
    label: text(),
    url: linkUrl(),
  });

/** An image the maintainers keep in the content folder, named relative to it (site.yaml's logo). */
export const IMAGE_FILE = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\]+\.(?:svg|png|jpe?g|webp|gif)$/i;
export const imageFile = () =>
  z
    .string({ error: "an image file in the content folder, e.g. logo.svg" })
    .regex(IMAGE_FILE, { error: "an image file (.svg, .png, .jpg, .webp or .gif) named relative to the content folder, without ../, e.g. logo.svg" });

/**
 * An accent colour for one colour scheme, written #rrggbb. It is the colour of links, so it must
 * read as text on that scheme's backgrounds (src/model/contrast.ts): the error names the
 * background that fails, the shortfall, and a nearby colour that passes.
 */
export const accentColour = (scheme: ColourScheme) =>
  z
    .string({ error: "a colour written #rrggbb, e.g. #1d5bb8" })
    .regex(HEX_COLOUR, { error: "a colour written #rrggbb, e.g. #1d5bb8" })
    .superRefine((value, ctx) => {
      if (!HEX_COLOUR.test(value)) return;
      const failure = accentContrastFailure(value, scheme);
      if (!failure) return;
      ctx.addIssue({
        code: "custom",
        input: value,
        message: `a colour with at least ${AA_TEXT}:1 contrast (WCAG AA) on the ${failure.backgroundName} ${failure.background}; ${value} has ${ratioLabel(failure.ratio)}, ${(AA_TEXT - failure.ratio).toFixed(2)} short (${failure.suggestion}, ${scheme === "light" ? "a little darker" : "a little lighter"}, passes)`,
      });
    })
    .meta({ description: `The ${scheme} colour scheme's accent (links, focus rings, charts), #rrggbb` });
