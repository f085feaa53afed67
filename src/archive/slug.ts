// URL slugs for people, organisations and work products. Names come from reports in any script, so
// letters of every alphabet are kept (a Cyrillic or Chinese name still gets a readable, distinct
// path); only accents on Latin letters are folded, so "José" and "Jose" are one person's page
// (Cyrillic "й" stays "й": its mark is part of the letter).
// The same few hundred names recur across thousands of sessions; Unicode normalisation is the
// costly part, so each distinct name is slugged once per process.
const cache = new Map<string, string>();

export function slugOf(text: string): string {
  let slug = cache.get(text);
  if (slug === undefined) {
    slug = computeSlug(text);
    cache.set(text, slug);
  }
  return slug;
}

function computeSlug(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") return `n-${hash(text)}`;
  return Buffer.byteLength(slug, "utf8") <= MAX_SLUG_BYTES ? slug : `${cutToBytes(slug, MAX_SLUG_BYTES - 16)}-${hash(text)}`;
}

/**
 * A slug is a file name, which may be 255 bytes. Names are limited by the schema, but Unicode
 * normalisation can multiply a name's length (one "﷽" becomes eighteen letters), so a long slug is
 * cut and keeps a hash of the whole name to stay distinct.
 */
const MAX_SLUG_BYTES = 200;

function cutToBytes(text: string, max: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    bytes += Buffer.byteLength(ch, "utf8");
    if (bytes > max) break;
    end += ch.length;
  }
  return text.slice(0, end).replace(/-+$/, "");
}

/** A short stable hash, for names made only of punctuation. */
function hash(text: string): string {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return (h >>> 0).toString(36);
}
