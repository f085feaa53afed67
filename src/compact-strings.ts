// A loaded report lives for the whole build, and V8 would keep far more than its characters: a
// substring is a slice that holds its parent alive (js-yaml's values hold the whole front matter,
// a heading or the first paragraph holds the whole body), and a string built with + is a tree of
// its parts (markdown-it's HTML). A flat copy of each long string lets the rest go: about a tenth
// of a loaded report's heap. Reports from a load worker arrive flat already (posting copies them).

/** V8 copies shorter substrings instead of slicing them. */
const SLICED_FROM = 13;

/** `text` as a string of its own: flat, and holding no other string alive. */
export function compactString(text: string): string {
  // Slicing a concatenation flattens it into a new string one character longer than `text`, and
  // the slice holds only that.
  return text.length < SLICED_FROM ? text : (" " + text).slice(1);
}

/** Replaces, in place, every long string in `value`'s plain objects and arrays by its compact copy. */
export function compactStrings<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "string") value[i] = compactString(item);
      else if (typeof item === "object" && item !== null) compactStrings(item);
    }
  } else if (typeof value === "object" && value !== null) {
    const fields = value as Record<string, unknown>;
    for (const key in fields) {
      const item = fields[key];
      if (typeof item === "string") fields[key] = compactString(item);
      else if (typeof item === "object" && item !== null) compactStrings(item);
    }
  }
  return value;
}
