// Text from content (file names, names, values quoted in a message) is printed to terminals and CI
// logs. A control character there is an instruction, not text: a newline starts a line that GitHub
// Actions reads as a workflow command (`::warning …`), and ESC sequences recolour, move or retitle
// the terminal (and GitHub's log view renders them). Each is shown as a visible escape instead.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `a\nb` (a real newline) becomes the four visible characters `a\nb`; other controls become `\u001b`. */
export function visible(text: string): string {
  return text.replace(CONTROL, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Inside JSON text: the same characters as `\uXXXX` escapes, which every JSON reader decodes back. */
export function escapeForJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
