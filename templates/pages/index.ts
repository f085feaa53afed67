// The page families, one entry per kind of page the archive has many of. Single pages (home, the
// indexes, status, search, feeds) stay Eleventy templates in templates/*.11ty.ts.
import type { PageFamily } from "../components/types.ts";
import { calendarPages } from "./calendar.ts";
import { digestMarkdownPages, digestTextPages } from "./digest.ts";
import { groupPages } from "./group.ts";
import { organizationPages } from "./organization.ts";
import { personPages } from "./person.ts";
import { quarterPages } from "./quarter.ts";
import { redirectPages } from "./redirect.ts";
import { reportPages } from "./report.ts";
import { tagPages } from "./tag.ts";

export const pageFamilies: readonly PageFamily<{ permalink: string }>[] = [
  reportPages,
  groupPages,
  quarterPages,
  personPages,
  organizationPages,
  tagPages,
  redirectPages,
  digestMarkdownPages,
  digestTextPages,
  calendarPages,
];
