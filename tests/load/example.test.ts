// The canonical example is a real report: it must load with no diagnostic, and every value in it
// must arrive in the model.
import { beforeAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { Archive, Report } from "../../src/model/archive.ts";
import { EXAMPLE_CONTENT } from "../helpers/content.ts";

let archive: Archive;
let report: Report;

beforeAll(async () => {
  const result = await loadArchive(EXAMPLE_CONTENT);
  expect(result.diagnostics).toEqual([]);
  archive = result.archive;
  report = archive.reports[0]!;
});

describe("the example content", () => {
  it("has one group with one report for Q2 2019", () => {
    expect(archive.site.title).toBe("Hyperledger SIG reports");
    expect(archive.site.reportDueDays).toBe(30);
    expect(archive.groups.map((g) => [g.slug, g.name, g.data.kind, g.data.established])).toEqual([
      ["public-sector", "Public Sector SIG", "SIG", "2018-10-01"],
    ]);
    expect(report.group).toBe("public-sector");
    expect(report.quarter.id).toBe("2019-Q2");
    expect(report.sourcePath).toBe("groups/public-sector/2019-Q2.md");
    expect(report.title).toBe("Public Sector SIG Update July 2019 Q2");
    expect(report.data.submitted).toBe("2019-07-12");
  });

  it("has 9 sessions from 2019-04-12 to 2019-06-21", () => {
    const agenda = report.data.agenda!;
    expect(agenda).toHaveLength(9);
    expect(agenda[0]!.date).toBe("2019-04-12");
    expect(agenda.at(-1)!.date).toBe("2019-06-21");
    expect(agenda[0]!.title).toBe("Live Public Sector Blockchain Deployments from Uzbekistan");
    expect(agenda[0]!.tags).toEqual(["deployments", "uzbekistan", "education"]);
  });

  it("has 11 presenter entries: 9 people from 6 organisations", () => {
    const presenters = report.data.agenda!.flatMap((s) => s.presenters ?? []);
    expect(presenters).toHaveLength(11);
    expect(new Set(presenters.map((p) => p.name)).size).toBe(9);
    const orgs = new Set(presenters.flatMap((p) => (p.org ? [p.org] : [])));
    expect([...orgs].sort()).toEqual([
      "Blockchain Industrial Alliance",
      "DoubleNova Group",
      "Fintricity",
      "Government of Uzbekistan",
      "Hyperledger",
      "IBM Services",
    ]);
  });

  it("has 4 work products with their statuses", () => {
    expect(report.data.workProducts!.map((w) => [w.title, w.status])).toEqual([
      ["White Paper on public sector uses of blockchain", "in-progress"],
      ["Sitting in on other working groups and SIGs", "in-progress"],
      ["Government RFP repository", "proposed"],
      ["Other projects as suggested by the membership", "proposed"],
    ]);
  });

  it("has attendance 12 typical and 22 last, and the diversity figures", () => {
    expect(report.data.health!.attendance).toEqual({ typical: 12, last: 22 });
    expect(report.data.health!.quartersActive).toBe(3);
    expect(report.data.diversity!.gender!.womenShare).toBe(0.33);
    expect(report.data.activity!.meetings).toMatchObject({ held: 5, missed: 1 });
  });

  it("maps the five body sections to their parts, with line numbers and safe HTML", () => {
    expect(report.sections.map((s) => [s.key, s.heading])).toEqual([
      ["health", "Working Group Health"],
      ["activity", "Overall Activity"],
      ["workProducts", "Planned Work Products"],
      ["diversity", "Participant Diversity"],
      ["additional", "Additional Information"],
    ]);
    expect(report.sections[0]!.line).toBe(158);
    expect(report.sections[0]!.markdown).toMatch(/^The working group has been in operation/);
    expect(report.sections[0]!.html).toMatch(/^<p>The working group has been in operation/);
  });

  it("defaults the authors to the group's chairs", () => {
    expect(report.authors).toEqual([{ name: "Public Sector SIG Chair", role: "Chair" }]);
  });
});
