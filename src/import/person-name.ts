// Whether a few words are a person's name, as legacy reports write them: "Sergei Smalkov",
// "Mr. Bahodir Atahanov", "Sean O'Kelly", "Radhika Iyengar-Emens". Acronyms (IBM, SIG) and
// organisation words (Group, Government) rule a phrase out: a wrong presenter is worse than none.
import type { Person } from "../model/schema.ts";

const WORD = /^\p{Lu}\p{Ll}*(?:['’]\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)*$/u;
const PARTICLES = new Set(["van", "von", "de", "da", "del", "della", "di", "der", "le", "la", "bin", "al"]);
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?\s+/;
const NOT_NAMES = new Set(
  (
    "group groups government governments services service team chair vice community foundation alliance company " +
    "university institute committee council association ministry bank public sector private global blockchain " +
    "hyperledger working special interest sig the a an our this new live other members member join joining " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday white paper call calls uses"
  ).split(" "),
);

/** A name-like run of capitalised words inside a sentence (checked afterwards by isPersonName). */
export const NAME_PATTERN = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|da|del|di|der|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3}`;

export function stripHonorific(text: string): string {
  return text.trim().replace(HONORIFIC, "");
}

export function isPersonName(text: string): boolean {
  const words = stripHonorific(text).split(/\s+/);
  const core = words.filter((w) => !PARTICLES.has(w));
  if (core.length < 2 || core.length > 4) return false;
  return core.every((w) => WORD.test(w) && !NOT_NAMES.has(w.toLowerCase()));
}

/** "Sergei Smalkov (Dev)", "Jane Doe of Acme", "Pete Teigen from IBM": a person, or undefined. */
export function parsePerson(part: string): Person | undefined {
  let text = part.trim().replace(/[.;,]+$/, "");
  let role: string | undefined;
  const paren = /\s*\(([^)]+)\)\s*$/.exec(text);
  if (paren) {
    role = paren[1]!.trim();
    text = text.slice(0, paren.index);
  }
  let org: string | undefined;
  const of = /^(.+?)\s+(?:of|from)\s+(.+)$/.exec(text);
  if (of && isPersonName(of[1]!)) {
    text = of[1]!;
    org = of[2]!.trim();
  }
  if (!isPersonName(text)) return undefined;
  return { name: stripHonorific(text), ...(role && { role }), ...(org && { org }) };
}
