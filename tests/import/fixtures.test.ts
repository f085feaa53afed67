// Real reports of four shapes, imported as a chair would: the parts each heading went to, the
// lists, each lifted figure with the comment that names its sentence, no sentence lost, check clean.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { ReportFrontMatter } from "../../src/model/schema.ts";
import { captureIo, copyOfContent } from "../helpers/cli.ts";
import { normalise, stringsIn } from "../helpers/sentences.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");


/** The original's sentences, per line, without list or heading marks and without `dateLabels`. */
function sentencesOf(text: string, dateLabels: RegExp): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^(?:#+|[•*-]|o|\d{1,2}\.|[a-h]\))\s+/, "").replace(dateLabels, ""))
    .filter((line) => line !== "")
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map(normalise)
    .filter((s) => s !== "");
}

interface Shape {
  file: string;
  group: string;
  name: string;
  quarter: string;
  cadence?: "half-yearly" | "yearly";
  dateLabels: RegExp;
}

async function importShape(shape: Shape) {
  const content = await copyOfContent();
  const folder = path.join(content, "groups", shape.group);
  await mkdir(folder, { recursive: true });
  if (shape.group !== "public-sector") {
    await writeFile(path.join(folder, "index.md"), `---\nname: ${shape.name}\n${shape.cadence ? `cadence: ${shape.cadence}\n` : ""}---\n\nThe group.\n`);
  } else {
    await rm(path.join(folder, `${shape.quarter}.md`)); // the converted example takes the seed's place
  }
  const io = captureIo();
  const argv = ["import", path.join(FIXTURES, shape.file), "--group", shape.group, "--quarter", shape.quarter, "--content", content];
  const code = await run(shape.cadence ? [...argv, "--cadence", shape.cadence] : argv, io);
  expect(code, io.all).toBe(0);
  const text = await readFile(path.join(folder, `${shape.quarter}.md`), "utf8");
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const loaded = await loadArchive(content);
  const report = loaded.archive.reports.find((r) => r.group === shape.group && r.quarter.id === shape.quarter)!;
  return { content, io, text, yaml: `${yaml!}\n`, body: body!, front: parse(yaml!) as ReportFrontMatter, loaded, report };
}

const SHAPES: Record<string, Shape> = {
  seed: { file: "seed/public-sector-sig-2019-Q2.txt", group: "public-sector", name: "Public Sector SIG", quarter: "2019-Q2", dateLabels: /^(?:April|May|June) \d{1,2}$/ },
  hyperledger: {
    file: "import/hyperledger-trade-finance-sig-2019-H1.txt", group: "trade-finance", name: "Trade Finance SIG", quarter: "2019-Q2", cadence: "half-yearly",
    dateLabels: /^(?:March 8|Friday, April 12th|4\/26\/2019|24 May 2019)(?: - )?/,
  },
  kubernetes: { file: "import/kubernetes-sig-release-annual-2020.md", group: "sig-release", name: "SIG Release", quarter: "2020-Q4", cadence: "yearly", dateLabels: /^$/ },
  asf: { file: "import/asf-board-report-2024-Q1.md", group: "asf-example", name: "Example PMC", quarter: "2024-Q1", dateLabels: /^2024-02-15: / },
};

/** `# from line N of the original: "sentence"` directly above `key: value`. */
const commented = (yaml: string, line: number, sentence: string, key: string, value: number) =>
  expect(yaml).toMatch(new RegExp(`# from line ${line} of the original: ${escape(JSON.stringify(sentence))}\\n\\s*${escape(key)}: ${value}\\n`));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.each(Object.entries(SHAPES))("importing the %s report", (_name, shape) => {
  it("keeps every sentence of the original, and the draft checks with no problem at all", async () => {
    const original = await readFile(path.join(FIXTURES, shape.file), "utf8");
    const imported = await importShape(shape);
    const { front, body, content, loaded } = imported;
    const draft = ` ${normalise([...stringsIn(front), body].join("\n"))} `;
    const sentences = sentencesOf(original, shape.dateLabels);
    expect(sentences.length).toBeGreaterThan(10);
    expect(sentences.filter((s) => !draft.includes(` ${s} `))).toEqual([]);
    expect(loaded.diagnostics).toEqual([]);
    expect(imported.io.stdout.join("\n")).not.toContain("check will warn");
    const io = captureIo();
    expect(await run(["check", content, "--strict"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("No problems found.");
  });
});

describe("headings, lists and figures of each shape", () => {
  const parts = (report: Awaited<ReturnType<typeof importShape>>["report"]) => report.sections.map((s) => [s.heading, s.key]);

  it("seed: the spec's own headings, the numbered list, attendance and quarters active", async () => {
    const { report, yaml, body } = await importShape(SHAPES.seed!);
    expect(parts(report)).toEqual([
      [null, "introduction"],
      ["Working Group Health", "health"],
      ["Overall Activity in the Past Quarter", "activity"],
      ["Planned Work Products", "workProducts"],
      ["Participant Diversity", "diversity"],
      ["Additional Information", "additional"],
    ]);
    expect(body).toMatch(/^1\. We have a new sub-group formed/m);
    expect(body).toMatch(/^2\. The Public Sector SIG continues/m);
    commented(yaml, 11, "Working Group has been in operation for three quarters now.", "quartersActive", 3);
    commented(yaml, 11, "Number of participants on calls is holding generally steady at around 12 per call, with variation.", "typical", 12);
    commented(yaml, 11, "Last call had 22 participants.", "last", 22);
    expect(report.data.activity?.meetings).toBeUndefined(); // "occasional meetings have been missed" states no number
  });

  it("Hyperledger: reworded headings find their parts, o bullets become lists, dates in four forms become sessions", async () => {
    const { report, yaml, body, front, io } = await importShape(SHAPES.hyperledger!);
    expect(parts(report)).toEqual([
      ["Working Group Health", "health"],
      ["Overall Activity", "activity"],
      ["Planned Work Products", "workProducts"],
      ["Participant Diversity", "diversity"],
      ["Additional Information", "additional"],
    ]);
    // The chair's own wording stays, under the part's heading; "Issues being faced" joins health.
    expect(body).toMatch(/## Working Group Health\n\n### TF-SIG Assessment of group health\n/);
    expect(body).toMatch(/\n### Issues being faced by the group\n\n- Address the decline/);
    expect(body).toContain("### Assessment of participant diversity (consider several factors");
    expect(body).toContain("- Meetings take place as scheduled, every two weeks\n- Agendas and notes are kept on the wiki\n- Recordings are linked from the wiki");
    expect(body).toContain("| Item | Owner | Status |\n|---|---|---|\n| Membership survey | Chair | underway |");
    expect(report.sections.find((s) => s.key === "additional")!.html).toContain("<table>");
    expect(front.workProducts).toEqual([
      { title: "Survey of the membership on its make-up and its goals for the future (underway)", status: "in-progress" },
      { title: "Presentations on specific trade finance platforms and on interoperability", status: "proposed" },
    ]);
    // March 8 is in Q1, inside the half-year the 2019-Q2 report covers: a session, which check accepts for a half-yearly group.
    expect(front.agenda!.map((s) => s.date)).toEqual(["2019-03-08", "2019-04-12", "2019-04-26", "2019-05-24"]);
    expect(front.agenda![0]!.title).toMatch(/^Overview of the whole Hyperledger product set/);
    expect(io.stdout.join("\n")).toMatch(/2019-03-08 {2}Overview of the whole Hyperledger product set/);
    expect(io.stdout.join("\n")).not.toContain("left as prose;");
    commented(yaml, 10, "Calls are typically attended by 15 people.", "typical", 15);
    commented(yaml, 10, "The mailing list now has 212 members, with two or three new joiners each week and few leavers.", "members", 212);
    commented(yaml, 20, "We held 11 meetings in the half-year.", "held", 11);
    commented(yaml, 20, "Two calls were cancelled over the Easter holidays.", "missed", 2);
    // "from 20 at the early sessions to 15, and to 7" is a trend, not one figure.
    expect(front.health?.attendance).toEqual({ typical: 15 });
  });

  it("Kubernetes annual report: Operational, Membership, Current initiatives; member counts reach health and the channel", async () => {
    const { report, yaml, front, body } = await importShape(SHAPES.kubernetes!);
    expect(front.title).toBe("2020 Annual Report: SIG Release");
    expect(parts(report)).toEqual([
      [null, "introduction"],
      ["Overall Activity", "activity"],
      ["Working Group Health", "health"],
    ]);
    expect(body).toContain("### Operational");
    // Answers indented under a question nest under it; the two activity headings share one section.
    expect(body).toContain("### Current initiatives and project health\n\n1. What work did the SIG do this year that should be highlighted?\n   - Three minor releases");
    expect(body).toContain("- What is your meeting culture?\n  - We hold weekly Zoom meetings");
    commented(yaml, 21, "Primary mailing list member count: 730", "members", 730);
    commented(yaml, 20, "Primary slack channel member count: 2,345", "members", 2345);
    expect(front.activity?.channels).toEqual([{ name: "Slack channel", members: 2345 }]);
    expect(front.workProducts).toBeUndefined(); // the template's questions are not work products
  });

  it("ASF board report: Description stays its own section, three headings share health, nothing is counted that is not stated", async () => {
    const { report, yaml, front } = await importShape(SHAPES.asf!);
    expect(parts(report)).toEqual([
      ["Description", "custom"],
      ["Working Group Health", "health"],
      ["Overall Activity", "activity"],
    ]);
    expect(report.sections[1]!.markdown).toMatch(/### Issues\n[\s\S]*### Membership Data\n[\s\S]*### Community Health\n/);
    commented(yaml, 19, "We held 6 community calls this quarter.", "held", 6);
    commented(yaml, 20, "The mailing list has 140 subscribers.", "members", 140);
    commented(yaml, 26, "The project's Slack channel has 96 members.", "members", 96);
    // "25 committers and 15 PMC members" is a roster of roles, not the group's members: not lifted.
    expect(front.health).toEqual({ members: 140 });
    expect(front.agenda).toEqual([{ date: "2024-02-15", title: "Community call on the release plan for 2.3.0, led by Jane Roe" }]);
  });
});

describe("sigreport import -", () => {
  it("reads the report from standard input", async () => {
    const content = await copyOfContent();
    const text = await readFile(path.join(FIXTURES, SHAPES.asf!.file));
    await mkdir(path.join(content, "groups", "asf-example"));
    await writeFile(path.join(content, "groups", "asf-example", "index.md"), "---\nname: Example PMC\n---\n\nThe group.\n");
    const io = { ...captureIo(), stdin: async () => text };
    expect(await run(["import", "-", "--group", "asf-example", "--quarter", "2024-Q1", "--content", content], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("a draft from standard input");
    const draft = await readFile(path.join(content, "groups", "asf-example", "2024-Q1.md"), "utf8");
    expect(draft).toContain("There are no issues requiring board attention.");
  });

  it("says what check will warn about in the draft: a heading with no text, a text too short", async () => {
    const content = await copyOfContent();
    await mkdir(path.join(content, "groups", "x"));
    await writeFile(path.join(content, "groups", "x", "index.md"), "---\nname: X\n---\n\nThe group.\n");
    const io = { ...captureIo(), stdin: async () => Buffer.from("Overall Health\n\nWe are fine.\n\nOverall Activity\n") };
    expect(await run(["import", "-", "--group", "x", "--quarter", "2019-Q2", "--content", content], io)).toBe(0);
    const out = io.stdout.join("\n");
    expect(out).toMatch(/check will warn about the draft[^\n]*\n.*2019-Q2\.md:4:1 warning .*\[short-report\]\n[^\n]*\n.*2019-Q2\.md:11:1 warning The part "Overall Activity" has no text under its heading\. \[empty-section\]/);
  });

  it.each([
    ["quarterly", "2019-Q2", ["2019-04-12"], ["\"March 5\" is 2019-03-05, outside 2019-Q2", "\"July 3\" is 2019-07-03, outside 2019-Q2"]],
    ["half-yearly", "2019-Q2", ["2019-03-05", "2019-04-12"], ["\"July 3\" is 2019-07-03, outside the period the report covers (2019-01-01 to 2019-06-30)"]],
    ["yearly", "2019-Q4", ["2019-03-05", "2019-04-12", "2019-07-03"], []],
  ])("a %s report filed under %s: dates inside its period become sessions, the others stay prose", async (cadence, quarter, dates, prose) => {
    const content = await copyOfContent();
    await mkdir(path.join(content, "groups", "x"));
    await writeFile(path.join(content, "groups", "x", "index.md"), `---\nname: X\ncadence: ${cadence}\n---\n\nThe group.\n`);
    const original = "Overall Activity\n\nMarch 5\n\nA talk on the roadmap for the year.\n\nApril 12\n\nA talk on the survey.\n\nJuly 3\n\nA talk on the next half.\n";
    const io = { ...captureIo(), stdin: async () => Buffer.from(original) };
    expect(await run(["import", "-", "--group", "x", "--quarter", quarter, "--cadence", cadence, "--content", content], io)).toBe(0);
    const draft = await readFile(path.join(content, "groups", "x", `${quarter}.md`), "utf8");
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(draft)![1]!) as ReportFrontMatter;
    expect((front.agenda ?? []).map((s) => s.date)).toEqual(dates);
    const out = io.stdout.join("\n");
    for (const line of prose) expect(out).toContain(`${line}; left as prose`);
    expect(out.match(/left as prose/g) ?? []).toHaveLength(prose.length);
    // The draft passes check with the group's cadence, Q1 sessions of a half-yearly or yearly report included.
    const loaded = await loadArchive(content);
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("refuses a cadence's wrong filing quarter", async () => {
    const io = captureIo();
    expect(await run(["import", "-", "--group", "x", "--quarter", "2019-Q3", "--cadence", "half-yearly"], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/A half-yearly report is filed under Q2 or Q4.*got --quarter 2019-Q3/);
  });
});
