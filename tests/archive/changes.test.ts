import { describe, expect, it } from "vitest";
import { compareReports, groupChanges, reportChanges } from "../../src/archive/changes.ts";
import { Quarter } from "../../src/model/quarter.ts";
import { loadOversight } from "../helpers/oversight.ts";

const group = async (slug: string) => (await loadOversight()).archive.groups.find((g) => g.slug === slug)!;

describe("changes since the previous report", () => {
  it("lists every kind of change in alpha's Q4 2019 report against Q3 2019, with sentences", async () => {
    const result = reportChanges(await group("alpha"), Quarter.parse("2019-Q4")!)!;
    expect(result.since?.id).toBe("2019-Q3");
    expect(result.quartersSkipped).toBe(0);
    expect(result.changes).toEqual([
      { kind: "author-added", name: "Cy New", sentence: "Cy New is among the authors, and was not in Q3 2019." },
      { kind: "author-gone", name: "Ben Writer", sentence: "Ben Writer is no longer among the authors (was in Q3 2019)." },
      // "Reference  Architecture" is the same work product as "Reference architecture" (title normalised).
      { kind: "work-product-status", title: "Reference  Architecture", from: "in-progress", to: "blocked", sentence: "“Reference  Architecture” went from in-progress to blocked." },
      { kind: "work-product-finished", title: "Glossary", from: "in-progress", to: "done", sentence: "“Glossary” is done (was in-progress)." },
      { kind: "work-product-finished", title: "Old idea", from: "proposed", to: "dropped", sentence: "“Old idea” is dropped (was proposed)." },
      { kind: "work-product-new", title: "Onboarding guide", status: "planned", sentence: "New work product: “Onboarding guide” (planned)." },
      {
        kind: "work-product-vanished",
        title: "Use-case catalogue",
        lastStatus: "in-progress",
        sentence: "“Use-case catalogue” (in-progress in Q3 2019) is no longer mentioned, without being done or dropped.",
      },
      { kind: "attendance-down", from: 18, to: 14, sentence: "Typical attendance fell from 18 to 14." },
      { kind: "subgroup-formed", name: "Security review", sentence: "New subgroup: Security review." },
      { kind: "subgroup-gone", name: "Tooling", sentence: "The Tooling subgroup is gone." },
    ]);
  });

  it("compares a report with the previous report it is given, not with the one it was compared with first (the dev server's next load)", async () => {
    const alpha = await group("alpha");
    const [q2, q3, q4] = alpha.reports.slice(1, 4);
    const againstQ3 = compareReports(q4!, q3);
    expect(compareReports(q4!, q3)).toBe(againstQ3);
    const againstQ2 = compareReports(q4!, q2);
    expect(againstQ2.since?.id).toBe(q2!.quarter.id);
    expect(againstQ2.changes).not.toEqual(againstQ3.changes);
    expect(compareReports(q4!, undefined).changes).toEqual([]);
  });

  it("compares authors that default to the group's chairs: none change when neither report names them", async () => {
    const [, q2] = groupChanges(await group("alpha"));
    expect(q2!.changes.map((c) => c.kind)).toEqual(["work-product-status", "work-product-new", "attendance-up", "subgroup-formed"]);
    expect(q2!.changes[2]).toMatchObject({ from: 20, to: 22 });
  });

  it("does not report a finished work product leaving the list, nor an unchanged one; an author defaulting to the chairs counts", async () => {
    const q1 = reportChanges(await group("alpha"), Quarter.parse("2020-Q1")!)!;
    expect(q1.changes.map((c) => c.sentence)).toEqual([
      "Cy New is no longer among the authors (was in Q4 2019).",
      "“Onboarding guide” went from planned to in-progress.",
      "Typical attendance fell from 14 to 9.",
    ]);
  });

  it("compares across a missing quarter and says how many were skipped", async () => {
    const result = reportChanges(await group("beta"), Quarter.parse("2020-Q1")!)!;
    expect(result.since?.id).toBe("2019-Q3");
    expect(result.quartersSkipped).toBe(1);
    expect(result.changes).toEqual([]);
  });

  it("has nothing to compare for the first report, and no result for a quarter without one", async () => {
    const alpha = await group("alpha");
    expect(groupChanges(alpha)[0]).toMatchObject({ previous: undefined, since: undefined, changes: [] });
    expect(reportChanges(alpha, Quarter.parse("2020-Q2")!)).toBeUndefined();
  });
});
