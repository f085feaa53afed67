// Finds the people who presented in a session's legacy text. Reports name them in a handful of
// ways, each a finder below: "Presenters: A, B of Org", "Org - A and B", "A from Org",
// "A showed …", "hear from A". Anything else is left to the chair; the text itself stays in the
// session's summary either way.
import type { Person } from "../model/schema.ts";
import { NAME_PATTERN, isPersonName, parsePerson, stripHonorific } from "./person-name.ts";

type Finder = (text: string) => Person[];

const LABEL = /\b(?:presenters?|speakers?|panell?ists?|joining contributors?|contributors?|guests?|presented by|moderators?)\s*:\s*(.+)$/gim;
const LIST_SEPARATOR = /\s*[,;]\s*|\s+(?:and|&)\s+/;
const ORG = String.raw`(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)`;
const VERBS =
  "presented|presents|will present|showed|shows|demonstrated|introduced|spoke|talked|shared|explained|reported|" +
  "joined|will (?:also )?(?:be )?join(?:ing)?|is taking the lead|will (?:also )?sit in";

/** "Presenter: Sergei Smalkov (Dev)." / "Joining contributor: Mr. Bahodir Atahanov, Government of Uzbekistan." */
const labelled: Finder = (text) => {
  const out: Person[] = [];
  for (const match of text.matchAll(LABEL)) {
    let previous: Person | undefined;
    // The list ends with its sentence ("Mr." and "Dr." do not end one).
    const list = match[1]!.split(/(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St))\.(?:\s|$)/)[0]!;
    for (const part of list.split(LIST_SEPARATOR)) {
      const person = parsePerson(part);
      if (person) {
        out.push(person);
        previous = person;
      } else if (previous && previous.org === undefined && /^\p{Lu}/u.test(part.trim())) {
        // "A, Government of X": the part after a name that is not a name is that person's organisation.
        previous.org = part.trim().replace(/[.]+$/, "");
      }
    }
  }
  return out;
};

/** "DoubleNova Group - Jorden Woods and Radhika Iyengar-Emens": an organisation, then only names. */
const organisationDashNames: Finder = (text) => {
  const firstLine = text.split("\n")[0] ?? "";
  const match = /^(.+?)\s+[-–—]\s+(.+)$/.exec(firstLine.trim());
  if (!match) return [];
  const parts = match[2]!.replace(/\.$/, "").split(LIST_SEPARATOR);
  if (!parts.every((p) => isPersonName(p))) return [];
  return parts.map((p) => ({ name: stripHonorific(p), org: match[1]!.trim() }));
};

/** "Pete Teigen from IBM Services: …" */
const nameFromOrganisation: Finder = (text) =>
  [...text.matchAll(new RegExp(`(${NAME_PATTERN}) from ${ORG}`, "gu"))]
    .filter((m) => isPersonName(m[1]!))
    .map((m) => ({ name: stripHonorific(m[1]!), org: m[2]!.trim() }));

/** "Bobbi Muscara showed us …", "Alpesh Doshi, Fintricity, London will also be joining …" (at a sentence start). */
const nameThenVerb: Finder = (text) =>
  [...text.matchAll(new RegExp(`(?:^|[.!?]\\s+|\\n)(${NAME_PATTERN})(?:,\\s*([^,.]+?))?(?:,\\s*[^,.]+?)?\\s+(?:${VERBS})\\b`, "gu"))]
    .filter((m) => isPersonName(m[1]!))
    .map((m) => ({ name: stripHonorific(m[1]!), ...(m[2] && { org: m[2].trim() }) }));

/** "… to hear from Vasiliy Vasilkoff, a member of the development team …" */
const hearFrom: Finder = (text) =>
  [...text.matchAll(new RegExp(`\\b(?:hear|heard|hearing|listen to) from (${NAME_PATTERN})`, "gu"))]
    .filter((m) => isPersonName(m[1]!))
    .map((m) => ({ name: stripHonorific(m[1]!) }));

export const FINDERS: readonly Finder[] = [labelled, organisationDashNames, nameFromOrganisation, nameThenVerb, hearFrom];

/** Every presenter the finders see, once each, in order of appearance; details merged. */
export function findPresenters(text: string): Person[] {
  const found = FINDERS.flatMap((finder) => finder(text));
  const byName = new Map<string, Person>();
  for (const person of found) {
    const known = byName.get(person.name);
    byName.set(person.name, { ...person, ...known, ...(known && { org: known.org ?? person.org, role: known.role ?? person.role }) });
  }
  const position = (name: string) => text.indexOf(name);
  return [...byName.values()]
    .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Person)
    .sort((a, b) => position(a.name) - position(b.name));
}
