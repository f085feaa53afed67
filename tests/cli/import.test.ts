import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { ReportFrontMatter } from "../../src/model/schema.ts";
import { captureIo, copyOfContent } from "../helpers/cli.ts";
import { normalise, stringsIn } from "../helpers/sentences.ts";

// The legacy plain-text original of the example report (shared/seed), vendored so CI has it.
const SEED = path.resolve(import.meta.dirname, "../fixtures/seed/public-sector-sig-2019-Q2.txt");
const seedPath = async () => SEED;


const DATE_LABEL = /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})$/;

/** The original's sentences: per line, without list markers, split after . ! or ?. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^(?:[•*-]|\d{1,2}\.)\s+/, ""))
    .filter((line) => line !== "" && !DATE_LABEL.test(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map(normalise)
    .filter((s) => s !== "");
}

async function importSeed() {
  const content = await copyOfContent();
  const target = path.join(content, "groups", "public-sector", "2019-Q2.md");
  await rm(target); // the converted example takes the seed's place
  const io = captureIo();
  const code = await run(["import", await seedPath(), "--group", "public-sector", "--quarter", "2019-Q2", "--content", content], io);
  const text = await readFile(target, "utf8");
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { content, target, io, code, text, front: parse(yaml!) as ReportFrontMatter, body: body! };
}

describe("sigreport import of the legacy seed report", () => {
  it("writes a draft that checks with no error", async () => {
    const { content, code } = await importSeed();
    expect(code).toBe(0);
    const { archive, diagnostics } = await loadArchive(content);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(archive.reports.map((r) => r.quarter.id)).toEqual(["2019-Q2"]);
  });

  it("dates the agenda's sessions in the quarter, several sessions on one date", async () => {
    const { front } = await importSeed();
    const dates = front.agenda!.map((s) => s.date);
    expect([...new Set(dates)]).toEqual(["2019-04-12", "2019-04-26", "2019-05-24", "2019-06-07", "2019-06-21"]);
    expect(dates.filter((d) => d === "2019-05-24")).toHaveLength(3); // "1. … 2. … 3. …" under May 24
    const titles = front.agenda!.map((s) => s.title);
    expect(titles).toContain("Live Public Sector Blockchain Deployments from Uzbekistan");
    expect(titles).toContain("Vice Chair Opening");
    expect(titles).toContain("Group discussion on connecting better with other SIGs");
  });

  it("finds the presenters the text names, with their organisations", async () => {
    const { front } = await importSeed();
    const onDay = (date: string) => front.agenda!.filter((s) => s.date === date).flatMap((s) => s.presenters ?? []);
    expect(onDay("2019-04-12")).toEqual([
      { name: "Sergei Smalkov", role: "Dev" },
      { name: "Bahodir Atahanov", org: "Government of Uzebekistan" },
      { name: "Alpesh Doshi", org: "Fintricity" },
    ]);
    expect(onDay("2019-04-26").map((p) => p.name)).toEqual(["Vasiliy Vasilkoff", "Bobbi Muscara"]);
    expect(onDay("2019-05-24")).toEqual([
      { name: "Pete Teigen", org: "IBM Services" },
      { name: "Jorden Woods", org: "DoubleNova Group" },
      { name: "Radhika Iyengar-Emens", org: "DoubleNova Group" },
    ]);
    const everyone = front.agenda!.flatMap((s) => s.presenters ?? []).map((p) => (typeof p === "string" ? p : p.name));
    expect(everyone).not.toContain("Government of Uzebekistan");
    expect(everyone.every((name) => !/\b(SIG|Group|Government)\b/.test(name))).toBe(true);
  });

  it("turns the planned work products list into proposed work products", async () => {
    const { front, body } = await importSeed();
    expect(front.workProducts).toEqual([
      { title: "White Paper subgroup", status: "proposed" },
      { title: "Suggested project - sitting in on other WGs and SIGs to learn better", status: "proposed" },
      { title: "Collecting RFPs to build a government RFP repository, as this is a new type of procurement", status: "proposed" },
      { title: "Other projects as suggested by the membership", status: "proposed" },
    ]);
    expect(front.title).toBe("Public Sector SIG Update July 2019 Q2");
    expect(body).toMatch(/^## Working Group Health$/m);
    expect(body).toMatch(/^## Overall Activity in the Past Quarter$/m);
    expect(body).toMatch(/^## Participant Diversity$/m);
  });

  it("loses no sentence of the original", async () => {
    const original = await readFile(await seedPath(), "utf8");
    const { front, body } = await importSeed();
    const draft = ` ${normalise([...stringsIn(front), body].join("\n"))} `;
    const sentences = sentencesOf(original);
    expect(sentences.length).toBeGreaterThan(60);
    const missing = sentences.filter((s) => !draft.includes(` ${s} `));
    expect(missing).toEqual([]);
    // The date labels are not sentences: each became the ISO date of the sessions under it.
    const labels = original.split(/\r?\n/).map((l) => l.trim()).filter((l) => DATE_LABEL.test(l));
    expect(labels).toHaveLength(5);
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    for (const label of labels) {
      const [, month, day] = DATE_LABEL.exec(label)!;
      const iso = `2019-${String(months.indexOf(month!) + 1).padStart(2, "0")}-${day!.padStart(2, "0")}`;
      expect(front.agenda!.some((s) => s.date === iso)).toBe(true);
    }
  });

  it("prints what it structured and what it left as prose", async () => {
    const { io } = await importSeed();
    const out = io.stdout.join("\n");
    expect(out).toMatch(/agenda: 8 session\(s\)/);
    expect(out).toMatch(/2019-06-07 {2}Group discussion on connecting better with other SIGs/);
    expect(out).toMatch(/workProducts: 4/);
    expect(out).toMatch(/Working Group Health: 2 paragraph\(s\), from line 11 of the original/);
  });

  it("never overwrites, and refuses a missing file or quarter with a clear message", async () => {
    const content = await copyOfContent();
    const target = path.join(content, "groups", "public-sector", "2019-Q2.md");
    const before = await readFile(target, "utf8");
    const io = captureIo();
    expect(await run(["import", await seedPath(), "--group", "public-sector", "--quarter", "2019-Q2", "--content", content], io)).toBe(1);
    expect(await readFile(target, "utf8")).toBe(before);
    expect(io.stderr.join("\n")).toMatch(/already exists; import never overwrites/);

    const missing = captureIo();
    expect(await run(["import", "no/such.txt", "--group", "public-sector", "--quarter", "2019-Q2", "--content", content], missing)).toBe(2);
    expect(missing.stderr.join("\n")).toMatch(/no\/such\.txt: cannot read the report to import \(no such file\)/);

    const noQuarter = captureIo();
    expect(await run(["import", await seedPath(), "--group", "public-sector", "--quarter", "Q2 2019"], noQuarter)).toBe(2);
    expect(noQuarter.stderr.join("\n")).toMatch(/--quarter is required, written YYYY-Qn.*got "Q2 2019"/);
  });
});
