// The status grid as laid out for reading: newest first, quarters in which nobody owes a report
// folded into one column, and a row's run of "not expected" told once.
import { describe, expect, it } from "vitest";
import { statusGrid } from "../../src/archive/status-grid.ts";
import { layOutStatusGrid } from "../../src/archive/status-layout.ts";
import { OVERSIGHT_TODAY, loadOversight } from "../helpers/oversight.ts";

const shape = (layout: ReturnType<typeof layOutStatusGrid>) => ({
  columns: layout.columns.map((c) => `${c.quarters.map((q) => q.id).join("+")}${c.quiet ? " quiet" : ""}`),
  rows: Object.fromEntries(layout.rows.map((r) => [r.row.group.slug, r.cells.map((c) => (c.span > 1 ? `${c.status}×${c.span}` : c.status))])),
});

describe("layOutStatusGrid", () => {
  it("puts the newest quarter first and folds each row's run of not-expected quarters into one cell", async () => {
    const { archive } = await loadOversight();
    const layout = layOutStatusGrid(statusGrid(archive, OVERSIGHT_TODAY));
    expect(shape(layout)).toEqual({
      columns: ["2020-Q3", "2020-Q2", "2020-Q1", "2019-Q4", "2019-Q3", "2019-Q2", "2019-Q1"],
      rows: {
        alpha: ["not-yet-due", "not-yet-due", "filed", "filed", "filed", "late", "filed"],
        beta: ["not-yet-due", "not-yet-due", "filed", "missing", "filed", "filed", "filed"],
        delta: ["not-yet-due", "not-yet-due", "missing", "missing", "filed", "not-expected×2"],
        epsilon: ["not-yet-due", "filed", "filed", "not-expected×4"],
        gamma: ["not-expected×4", "filed", "missing", "filed"],
      },
    });
    const gamma = layout.rows.find((r) => r.row.group.slug === "gamma")!;
    expect(gamma.cells[0]!.label).toBe("Q4 2019 to Q3 2020: not expected");
    expect(gamma.cells[0]!.cell).toBeUndefined();
    expect(gamma.cells[1]).toMatchObject({ span: 1, label: "Q3 2019: filed (due 2019-10-30)" });
  });

  it("folds quarters in which no group owes a report into one quiet column", async () => {
    const { archive } = await loadOversight();
    // Gamma retired in Q3 2019 and Epsilon began in Q1 2020: with only those two, Q4 2019 is owed by nobody.
    const two = { ...archive, groups: archive.groups.filter((g) => g.slug === "gamma" || g.slug === "epsilon") };
    const layout = layOutStatusGrid(statusGrid(two, OVERSIGHT_TODAY));
    expect(shape(layout).columns).toEqual(["2020-Q3", "2020-Q2", "2020-Q1", "2019-Q4 quiet", "2019-Q3", "2019-Q2", "2019-Q1"]);
    const epsilon = layout.rows.find((r) => r.row.group.slug === "epsilon")!;
    // The quiet column joins the row's own run before Epsilon began.
    expect(epsilon.cells.at(-1)).toMatchObject({ status: "not-expected", span: 4, label: "Q1 2019 to Q4 2019: not expected" });
    // Every row covers every shown column.
    for (const row of layout.rows) expect(row.cells.reduce((n, c) => n + c.span, 0)).toBe(layout.columns.length);
  });
});
