// Ids on a report page are unique whatever the headings say, and making them is linear (issue #17:
// 40,000 `## x` headings took 63 s when every repeat counted up from -2).
import { describe, expect, it } from "vitest";
import { splitSections } from "../../src/load/sections.ts";
import { UniqueIds, isReportPageId } from "../../src/model/unique-ids.ts";

describe("section ids", () => {
  it("never take an id of the page layout, a session anchor or another section's -title", () => {
    const body = ["## Main", "## Toc title", "## Session 1", "## X", "## X title", "## X", "## x-2", "## Since previous"].join("\n\n");
    const ids = splitSections(body, 1).sections.flatMap((s) => [s.id, `${s.id}-title`]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isReportPageId(id), id).toBe(false);
    expect(splitSections(body, 1).sections.map((s) => s.id)).toEqual(["main-2", "toc-title-2", "session-1-2", "x", "x-title-2", "x-2", "x-2-2", "since-previous-2"]);
  });

  it("are unique and made in linear time for many identical headings", () => {
    const time = (n: number) => {
      const body = "## x\n\n".repeat(n);
      const started = performance.now();
      const { sections } = splitSections(body, 1);
      const ms = performance.now() - started;
      expect(new Set(sections.map((s) => s.id)).size).toBe(n);
      return ms;
    };
    time(2_000); // warm-up
    const small = time(4_000);
    const large = time(40_000);
    console.log(`splitSections: 4,000 headings ${small.toFixed(0)} ms, 40,000 headings ${large.toFixed(0)} ms`);
    // Quadratic would be ×100; linear is ×10. Generous for a shared machine.
    expect(large).toBeLessThan(Math.max(small, 5) * 40);
  });
});

describe("UniqueIds", () => {
  it("skips ids taken literally, each at most once, and remembers where to go on", () => {
    const ids = new UniqueIds();
    ids.add("a-2");
    expect([ids.take("a"), ids.take("a"), ids.take("a"), ids.take("a-2")]).toEqual(["a", "a-3", "a-4", "a-2-2"]);
  });
});
