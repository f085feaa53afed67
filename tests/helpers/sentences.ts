// What the import tests compare: every sentence of an original, normalised, must be in the draft
// (its front-matter strings or its body), whatever punctuation and line breaks became.

/** Lower case, letters and digits only, single spaces: punctuation and line breaks do not count. */
export const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Every string in a parsed front-matter value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}
