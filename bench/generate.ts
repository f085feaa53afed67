// Deterministic synthetic content in the report format, shaped like the reports the issue measured:
// ~11 KB each, ~40 front-matter fields, 8 sessions with 1–3 presenters, 4 work products and 5 prose
// sections. Groups report 40 quarters each (ten years), so N reports make N/40 groups.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Quarter } from "../src/model/quarter.ts";

export const REPORTS_PER_GROUP = 40;
const FIRST_QUARTER = Quarter.of(2010, 1);

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Ada", "Bahodir", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ivan", "Jia", "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq"];
const LAST = ["Okafor", "Smalkov", "Iyer", "Novak", "Mensah", "Haddad", "Larsen", "Tanaka", "Silva", "Kowalski", "Nguyen", "Rossi", "Dubois", "Schmidt", "Petrov", "Garcia", "Kim", "Ali", "Moreau", "Berg"];
const ORGS = ["IBM Services", "Fintricity", "DoubleNova Group", "Government of Uzbekistan", "Hyperledger", "Blockchain Industrial Alliance", "Acme Ledger", "OpenGov Lab", "Civic Data Trust", "University of Tartu", "Northwind Bank", "Helios Energy"];
const WORDS = "ledger identity governance procurement registry pilot deployment interoperability privacy standards adoption community documentation architecture consensus tokenisation supply chain healthcare education land records voting payments audit compliance".split(" ");
const TAGS = ["identity", "governance", "procurement", "registries", "pilots", "standards", "privacy", "community", "education", "payments"];
const STATUSES = ["proposed", "planned", "in-progress", "blocked", "in-progress", "in-progress"];

function sentence(rnd: () => number, words = 14): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rnd() * WORDS.length)]!);
  const text = out.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rnd: () => number, sentences = 5): string {
  return Array.from({ length: sentences }, () => sentence(rnd)).join(" ");
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

function report(groupIndex: number, quarter: Quarter, rnd: () => number): string {
  const months = [0, 1, 2].map((m) => (quarter.number - 1) * 3 + 1 + m);
  const sessions = Array.from({ length: 8 }, (_, i) => {
    const month = months[Math.floor(i / 3)]!;
    const day = 1 + ((i * 7 + groupIndex) % 27);
    const presenters = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
      const name = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
      return `      - name: ${name}\n        org: ${pick(rnd, ORGS)}`;
    }).join("\n");
    return `  - date: ${quarter.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}
    title: ${sentence(rnd, 7).slice(0, -1)}
    summary: >-
      ${paragraph(rnd, 2)}
    presenters:
${presenters}
    tags: [${pick(rnd, TAGS)}, ${pick(rnd, TAGS)}]`;
  });
  const products = Array.from({ length: 4 }, (_, i) => `  - title: Work product ${groupIndex}-${i + 1}
    status: ${pick(rnd, STATUSES)}
    owner: ${pick(rnd, FIRST)} ${pick(rnd, LAST)}
    note: ${sentence(rnd, 10)}`);
  const typical = 8 + Math.floor(rnd() * 20);
  return `---
quarter: ${quarter.id}
submitted: ${quarter.next().firstDay.slice(0, 8)}1${Math.floor(rnd() * 9)}
summary: >-
  ${paragraph(rnd, 2)}
health:
  quartersActive: ${quarter.ordinal - FIRST_QUARTER.ordinal + 1}
  attendance:
    typical: ${typical}
    last: ${typical + Math.floor(rnd() * 10)}
    peak: ${typical + 12}
    low: ${Math.max(1, typical - 5)}
  rating: ${pick(rnd, ["green", "yellow", "red"])}
  subgroups:
    - name: ${pick(rnd, WORDS)} sub-group
      purpose: ${sentence(rnd, 8)}
      meets: Weekly
  needs:
    - ${sentence(rnd, 6)}
    - ${sentence(rnd, 6)}
activity:
  meetings:
    held: ${5 + Math.floor(rnd() * 3)}
    missed: ${Math.floor(rnd() * 2)}
    note: ${sentence(rnd, 10)}
  channels:
    - name: Chat
      level: ${pick(rnd, ["low", "moderate", "high"])}
    - name: Mailing list
      level: moderate
      note: ${sentence(rnd, 8)}
  highlights:
    - ${sentence(rnd, 12)}
    - ${sentence(rnd, 12)}
agenda:
${sessions.join("\n")}
workProducts:
${products.join("\n")}
diversity:
  sectors:
    public: 0.4
    private: 0.4
    civil: 0.2
    note: ${sentence(rnd, 8)}
  gender:
    womenShare: ${(0.2 + rnd() * 0.3).toFixed(2)}
  regions:
    list: [Europe, Asia, Americas]
---

${paragraph(rnd, 3)}

## Working Group Health

${paragraph(rnd, 6)}

${paragraph(rnd, 4)}

## Overall Activity

${paragraph(rnd, 6)}

## Planned Work Products

${paragraph(rnd, 5)}

## Participant Diversity

${paragraph(rnd, 4)}

## Additional Information

${paragraph(rnd, 5)}
`;
}

export interface Generated {
  dir: string;
  reports: string[];
}

/** Writes N reports under `dir` (a content folder) and returns their paths. */
export async function generateContent(dir: string, n: number): Promise<Generated> {
  const rnd = random(42);
  const groups = Math.ceil(n / REPORTS_PER_GROUP);
  const reports: string[] = [];
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "site.yaml"), "title: Benchmark reports\nurl: https://example.org/\nreportDueDays: 30\n");
  for (let g = 0; g < groups; g++) {
    const slug = `group-${String(g + 1).padStart(3, "0")}`;
    const folder = path.join(dir, "groups", slug);
    await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, "index.md"),
      `---\nname: Group ${g + 1} SIG\nestablished: ${FIRST_QUARTER.firstDay}\nchairs:\n  - ${pick(rnd, FIRST)} ${pick(rnd, LAST)}\nmeets: Every second Friday\n---\n${paragraph(rnd, 3)}\n`,
    );
    const count = Math.min(REPORTS_PER_GROUP, n - g * REPORTS_PER_GROUP);
    let quarter = FIRST_QUARTER;
    for (let r = 0; r < count; r++, quarter = quarter.next()) {
      const file = path.join(folder, `${quarter.id}.md`);
      await writeFile(file, report(g, quarter, rnd));
      reports.push(file);
    }
  }
  return { dir, reports };
}
