// Errors are a catalogue with permanent names: a chair can search for `session-outside-quarter`
// and find the same explanation next year. Each entry says what happened and what to do.

export type Severity = "error" | "warning";

export const CATALOGUE = {
  "yaml-syntax": { severity: "error", title: "The front-matter is not valid YAML", hint: "Check the indentation (spaces, not tabs) and that quotes and brackets are closed." },
  "duplicate-key": { severity: "error", title: "A field is given twice", hint: "Keep one of the two and delete the other." },
  "yaml-alias-bomb": { severity: "error", title: "The front-matter expands to too much data", hint: "Remove the YAML anchors (&name) and aliases (*name): write the values out." },
  "yaml-comment-dropped": { severity: "warning", title: "Text after ` #` is a YAML comment and is dropped", hint: "Put the whole value in quotes if the # is part of it, e.g. title: \"Item #1\"." },
  "front-matter-language": { severity: "error", title: "Front-matter must be YAML", hint: "Start the file with a line of exactly three dashes (---), then YAML fields." },
  "front-matter-unclosed": { severity: "error", title: "The front-matter is not closed", hint: "Add a line of exactly three dashes (---) after the last field, before the report's text." },
  "front-matter-closed-early": { severity: "error", title: "A line of three dashes inside a field's text closes the front-matter", hint: "Indent the --- line like the text around it, so it stays inside the field." },
  "front-matter-dash-line": { severity: "error", title: "A line of dashes inside the front-matter", hint: "Delete the line, or make it exactly --- if the front-matter should end there." },
  "front-matter-not-a-map": { severity: "error", title: "The front-matter must be a list of fields", hint: "Write one `field: value` per line, e.g. quarter: 2019-Q2." },
  "invalid-type": { severity: "error", title: "A field has the wrong kind of value" },
  "invalid-value": { severity: "error", title: "A field has a value that is not allowed" },
  "out-of-range": { severity: "error", title: "A number or text is out of range" },
  "reserved-name": { severity: "error", title: "A name is a word the format cannot keep as a name", hint: "Rename it: `__proto__` cannot be kept as a name." },
  "missing-field": { severity: "error", title: "A required field is missing" },
  "unknown-field": { severity: "error", title: "A field is not part of the format", hint: "Check the spelling against the format (docs/report-format.md); fields are case-sensitive." },
  "unsafe-link": { severity: "error", title: "A link uses a scheme other than http, https or mailto", hint: "Links must start with https://, http:// or mailto:." },
  "invalid-date": { severity: "error", title: "A date is not a calendar day", hint: "Write dates as YYYY-MM-DD with two-digit month and day, e.g. 2019-04-01." },
  "quarter-mismatch": { severity: "error", title: "The quarter field does not match the file name", hint: "A report's file name is its quarter: rename the file or fix the field." },
  "session-outside-quarter": { severity: "error", title: "A session is dated outside its report's quarter", hint: "Check the date, or move the session to the report of the quarter it belongs to." },
  "retired-before-established": { severity: "error", title: "A group is retired before it was established", hint: "Check both dates." },
  "missing-group-index": { severity: "error", title: "A report's folder has no index.md", hint: "Create index.md in the folder with at least `name:` (npx sigreport new-group <slug> --name \"…\")." },
  "duplicate-report": { severity: "error", title: "Two files report on the same group and quarter", hint: "Merge them into one file named YYYY-Qn.md (capital Q)." },
  "bad-file-name": { severity: "error", title: "A file name is not a quarter", hint: "Name reports after their quarter, e.g. 2019-Q2.md; the group itself is index.md." },
  "bad-group-slug": { severity: "error", title: "A group folder name is not a valid slug", hint: "Use lower-case letters, digits and hyphens, e.g. public-sector." },
  "unknown-file": { severity: "error", title: "A file or folder is not part of the content layout", hint: "Only index.md, YYYY-Qn.md and an assets/ folder belong in a group folder; move or delete it." },
  "missing-asset": { severity: "error", title: "A link or image points into the group's assets/ folder at a file that is not there", hint: "Add the file to groups/<group>/assets/, or fix the path: write it as the report file sees it, e.g. assets/chart.png." },
  "symlink-outside-content": { severity: "error", title: "A symbolic link points outside the content folder", hint: "Copy the file into the content folder instead of linking to it." },
  "broken-link": { severity: "error", title: "A symbolic link points to a file that does not exist", hint: "Delete the link, or copy the file it meant into its place." },
  "missing-site-settings": { severity: "error", title: "The content folder has no site.yaml", hint: "Create content/site.yaml with at least `title: …`." },
  "invalid-utf8": { severity: "error", title: "The file is not valid UTF-8 text", hint: "Save the file as UTF-8 in your editor (\"Save with encoding\")." },
  "file-too-large": { severity: "error", title: "The file is too large for a report", hint: "A report is a few pages of text; move long material to a linked document." },
  "empty-file": { severity: "error", title: "The file is empty", hint: "Start from `npx sigreport new <group>`, which writes a report to fill in." },
  "unreadable-file": { severity: "error", title: "The file could not be read" },
  "former-slug-is-current-folder": { severity: "error", title: "A group's former name is a current group's folder", hint: "Remove it from formerSlugs, or rename the other folder: an address cannot be both a page and a redirect." },
  "former-slug-claimed-twice": { severity: "error", title: "Two groups list the same former name", hint: "Keep it in the formerSlugs of the one group that used that folder." },
  "review-without-report": { severity: "error", title: "A review has no report beside it", hint: "A review sits beside the report it reviews: groups/<slug>/<YYYY>-Qn.review.md needs groups/<slug>/<YYYY>-Qn.md. Check the file name's quarter." },
  "duplicate-question-id": { severity: "error", title: "Two questions of a review share an id", hint: "Give each question its own id (lower-case words joined by hyphens); reports answer a question by it." },
  "unknown-question": { severity: "error", title: "A response answers a question no earlier review asked", hint: "Use the id of a question from a review of one of the group's earlier reports (sigreport new lists the open ones)." },
  "extension-not-expected": { severity: "error", title: "An extension is for a quarter the group files no report under", hint: "A half-yearly group reports under Q2 and Q4, a yearly one under Q4: give that quarter." },
  "work-product-vanished": { severity: "warning", title: "A work product disappeared before it was done or dropped", hint: "Carry it forward with its status, or mark it done or dropped in this report." },
  "attendance-spike": { severity: "warning", title: "Last call's attendance is more than three times the typical one", hint: "Check the figures: typical and last are participants per call." },
  "site-logo-missing": { severity: "error", title: "site.yaml's logo is not in the content folder", hint: "Put the image in the content folder and name it relative to it, e.g. logo: logo.svg for content/logo.svg." },
  "retired-group-report": { severity: "warning", title: "A report is dated after its group retired", hint: "Check the quarter, or the group's retired date." },
  "leftover-prompt": { severity: "warning", strict: true, title: "A prompt that `new` wrote is still in the report", hint: "Replace the line in italics (_Replace this line with …_) with your text, or delete it." },
  "empty-section": { severity: "warning", strict: true, title: "A part of the report has a heading and no text", hint: "Write a sentence or two under the heading, or delete the heading." },
  "short-report": { severity: "warning", strict: true, title: "The report is only a few sentences long", hint: "Say how the quarter went: the group's health, what it did, what comes next." },
} as const satisfies Record<string, { severity: Severity; title: string; hint?: string; strict?: true }>;

export type DiagnosticCode = keyof typeof CATALOGUE;

export interface Position {
  line: number;
  column: number;
}

export interface Diagnostic extends Position {
  code: DiagnosticCode;
  severity: Severity;
  /** The file as the user named it, e.g. `content/groups/x/2019-Q2.md`. */
  file: string;
  /** The field's path, e.g. `agenda[3].date`; absent for file-level problems. */
  field?: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

export interface DiagnosticInput extends Partial<Position> {
  field?: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

export function diagnostic(code: DiagnosticCode, file: string, input: DiagnosticInput): Diagnostic {
  const entry: { severity: Severity; hint?: string } = CATALOGUE[code];
  const hint = input.hint ?? entry.hint;
  return {
    code,
    severity: entry.severity,
    file,
    line: input.line ?? 1,
    column: input.column ?? 1,
    ...(input.field !== undefined && { field: input.field }),
    message: input.message,
    ...(input.expected !== undefined && { expected: input.expected }),
    ...(input.found !== undefined && { found: input.found }),
    ...(hint !== undefined && { hint }),
  };
}

/** `agenda[3].date` from `["agenda", 3, "date"]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** How a value reads in a message: `"wip"`, `12`, `a list of 3 items`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    if (value === "") return "empty text";
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 1 ? "a list of 1 item" : `a list of ${value.length} items`;
  if (typeof value === "object") return "a group of fields";
  return typeof value;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** Warnings that mark an unfinished draft: `check --strict` (the pull-request check) makes them errors. */
export function isStrictWarning(code: DiagnosticCode): boolean {
  return "strict" in CATALOGUE[code];
}

/** `diagnostics` as `check --strict` reports them. */
export function strictly(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === "warning" && isStrictWarning(d.code) ? { ...d, severity: "error" } : d));
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
