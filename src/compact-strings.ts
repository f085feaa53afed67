// A loaded report lives for the whole build, and V8 would keep far more than its characters: a
// substring is a slice that holds its parent alive (js-yaml's values hold the whole front matter,
// a heading or the first paragraph holds the whole body), and a string built with + is a tree of
// its parts (markdown-it's HTML). A flat copy of each long string lets the rest go: about a tenth
// of a loaded report's heap. Reports from a load worker arrive flat already (parsed from JSON).
//
// Short values recur: the same presenters, organisations, tags, statuses and dates in thousands of
// reports, each read as a string of its own (1,000 reports: 75,000 copies, 3 MiB, a tenth of the
// archive). Each is kept once per thread; strings cannot be told apart by identity, so nothing
// else changes.

/** V8 copies shorter substrings instead of slicing them. */
const SLICED_FROM = 13;

/** Values this short are kept once: names, organisations, tags, dates, statuses. */
const SHARED_UP_TO = 48;
/** Bounds the table in a long-running dev server: past it, a new value is copied but not shared. */
const MAX_SHARED = 1 << 16;
const shared = new Map<string, string>();

/** `text` as a string of its own: flat, and holding no other string alive. */
export function compactString(text: string): string {
  if (text.length <= SHARED_UP_TO) return sharedString(text);
  // Slicing a concatenation flattens it into a new string one character longer than `text`, and
  // the slice holds only that.
  return (" " + text).slice(1);
}

/** The one copy this thread keeps of a short value. */
function sharedString(text: string): string {
  const known = shared.get(text);
  if (known !== undefined) return known;
  const own = text.length < SLICED_FROM ? text : (" " + text).slice(1);
  if (shared.size < MAX_SHARED) shared.set(own, own);
  return own;
}

/** Replaces, in place, every long string in `value`'s plain objects and arrays by its compact copy. */
export function compactStrings<T>(value: T): T {
  return replaceStrings(value, compactString);
}

/**
 * Replaces, in place, every short string in `value` by the copy this thread keeps: for values
 * that arrive flat (a load worker's, parsed from JSON), whose long strings are left as they are.
 */
export function shareShortStrings<T>(value: T): T {
  return replaceStrings(value, (text) => (text.length <= SHARED_UP_TO ? sharedString(text) : text));
}

function replaceStrings<T>(value: T, replace: (text: string) => string): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "string") value[i] = replace(item);
      else if (typeof item === "object" && item !== null) replaceStrings(item, replace);
    }
  } else if (typeof value === "object" && value !== null) {
    const fields = value as Record<string, unknown>;
    for (const key in fields) {
      const item = fields[key];
      if (typeof item === "string") fields[key] = replace(item);
      else if (typeof item === "object" && item !== null) replaceStrings(item, replace);
    }
  }
  return value;
}
