// The reporting cycle's fields: ranges and kinds a typo would break, each reported at its line.
import { describe, expect, it } from "vitest";
import { schemaFiles } from "../../src/cli/write-schema.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { makeContent } from "../helpers/content.ts";

describe("the cycle's fields in the schema", () => {
  it("reports a bad cadence, an absurd due offset, a handle with @ and bad reminders at their lines", async () => {
    const dir = await makeContent({
      "site.yaml": "title: T\nreminders:\n  firstCallDays: 400\n  nonResponsiveAfter: 0\n",
      "groups/test/index.md": "---\nname: T\ncadence: monthly\nreportDueDays: 400\nchairs:\n  - name: Ada\n    github: \"@ada\"\nextensions:\n  - until: 2020-01-01\n---\n",
      "groups/test/2019-Q1.md": "---\nhealth:\n  members: -1\nactivity:\n  channels:\n    - name: Chat\n      members: 3.5\nresponses:\n  - to: Budget\n---\n",
    });
    const { diagnostics } = await loadArchive(dir);
    const at = (file: string) => diagnostics.filter((d) => d.file.endsWith(file)).map((d) => [d.line, d.field, d.code]);
    expect(at("site.yaml")).toEqual([
      [3, "reminders.firstCallDays", "out-of-range"],
      [4, "reminders.nonResponsiveAfter", "out-of-range"],
    ]);
    expect(at("index.md")).toEqual([
      [3, "cadence", "invalid-value"],
      [4, "reportDueDays", "out-of-range"],
      [7, "chairs[0].github", "invalid-value"],
      [9, "extensions[0].quarter", "missing-field"],
    ]);
    expect(at("2019-Q1.md")).toEqual([
      [3, "health.members", "out-of-range"],
      [7, "activity.channels[0].members", "invalid-type"],
      [9, "responses[0].answer", "missing-field"],
      [9, "responses[0].to", "invalid-value"],
    ]);
    expect(diagnostics.find((d) => d.field === "reportDueDays")!.expected).toBe("a whole number from 0 to 366");
  });

  it("gives editors a JSON Schema for reviews and quarter introductions", () => {
    const review = JSON.parse(schemaFiles()["schema/review.schema.json"]!);
    expect(review.required).toEqual(["reviewers", "date"]);
    expect(review.properties.outcome.enum).toEqual(["accepted", "discussed", "changes-requested"]);
    const group = JSON.parse(schemaFiles()["schema/group.schema.json"]!);
    expect(group.properties.cadence).toMatchObject({ enum: ["quarterly", "half-yearly", "yearly"], default: "quarterly" });
    expect(group.properties.reportDueDays.maximum).toBe(366);
  });
});
