import { describe, expect, it } from "vitest";
import { cellLabel, statusGrid, statusSummary } from "../../src/archive/status-grid.ts";
import { hasErrors } from "../../src/load/diagnostics.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { OVERSIGHT_TODAY, loadOversight } from "../helpers/oversight.ts";

describe("the oversight fixture", () => {
  it("loads without errors; its one warning is the work product alpha drops on purpose", async () => {
    const { diagnostics } = await loadOversight();
    expect(hasErrors(diagnostics)).toBe(false);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([["work-product-vanished", "groups/alpha/2019-Q4.md"]]);
    expect(diagnostics[0]!.message).toContain('"Use-case catalogue" was in-progress in Q3 2019');
  });
});

describe("the status grid", () => {
  it("lays every group over one shared range of quarters, cell by cell", async () => {
    const { archive } = await loadOversight();
    const grid = statusGrid(archive, OVERSIGHT_TODAY);
    expect(grid.columns.map((q) => q.id)).toEqual(["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4", "2020-Q1", "2020-Q2", "2020-Q3"]);
    const F = "filed", L = "late", M = "missing", N = "not-yet-due", X = "not-expected";
    expect(Object.fromEntries(grid.rows.map((row) => [row.group.slug, row.cells.map((c) => c.status)]))).toEqual({
      //       2019-Q1 Q2 Q3 Q4  2020-Q1 Q2 Q3
      alpha:   [F, L, F, F, F, N, N], // Q2 2019 submitted 2019-08-20, due 2019-07-30
      beta:    [F, F, F, M, F, N, N],
      delta:   [X, X, F, M, M, N, N], // established 2019-07-01
      epsilon: [X, X, X, X, F, F, N], // established 2020-01-01; Q2 2020 filed early
      gamma:   [F, M, F, X, X, X, X], // retired 2019-09-30
    });
  });

  it("keeps the report on filed and late cells", async () => {
    const { archive } = await loadOversight();
    const alpha = statusGrid(archive, OVERSIGHT_TODAY).rows.find((r) => r.group.slug === "alpha")!;
    expect(alpha.cells[1]!.report?.sourcePath).toBe("groups/alpha/2019-Q2.md");
    expect(alpha.cells[5]!.report).toBeUndefined();
  });

  it("words each row for screen readers", async () => {
    const { archive } = await loadOversight();
    const grid = statusGrid(archive, OVERSIGHT_TODAY);
    expect(grid.rows.map((r) => [r.group.name, r.summary])).toEqual([
      ["Alpha WG", "4 filed, 1 late, 2 not yet due"],
      ["Beta SIG", "4 filed, 1 missing, 2 not yet due"],
      ["Delta SIG", "1 filed, 2 missing, 2 not yet due"],
      ["Epsilon SIG", "2 filed, 1 not yet due"],
      ["Gamma TF", "2 filed, 1 missing"],
    ]);
    expect(statusSummary({ filed: 0, late: 0, missing: 0, "not-yet-due": 0, "not-expected": 3 })).toBe("no reports expected yet");
  });

  it("words each cell", async () => {
    const { archive } = await loadOversight();
    const [alpha, beta] = statusGrid(archive, OVERSIGHT_TODAY).rows;
    expect(cellLabel(alpha!.cells[1]!)).toBe("Q2 2019: late (submitted 2019-08-20, due 2019-07-30)");
    expect(cellLabel(beta!.cells[3]!)).toBe("Q4 2019: missing (was due 2020-01-30)");
    expect(cellLabel(beta!.cells[5]!)).toBe("Q2 2020: not yet due (due 2020-07-30)");
  });

  it("turns a not-yet-due cell missing the day after its due date", async () => {
    const { archive } = await loadOversight();
    const onDue = statusGrid(archive, "2020-07-30" as CalendarDate).rows[0]!.cells[5]!;
    const after = statusGrid(archive, "2020-07-31" as CalendarDate).rows[0]!.cells[5]!;
    expect([onDue.status, after.status]).toEqual(["not-yet-due", "missing"]);
  });

  it("has no columns for an archive with no groups", () => {
    expect(statusGrid({ groups: [], site: { title: "t", editBranch: "main", locale: "en", reportDueDays: 30 } }, OVERSIGHT_TODAY)).toEqual({
      today: OVERSIGHT_TODAY,
      columns: [],
      rows: [],
    });
  });
});
