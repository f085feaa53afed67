import { describe, expect, it } from "vitest";
import { statusFromText } from "../../src/import/work-product-status.ts";

describe("statusFromText", () => {
  it.each([
    ["White Paper subgroup", "proposed"],
    ["Suggested project - sitting in on other WGs", "proposed"],
    ["White paper (in progress)", "in-progress"],
    ["Use-case catalogue, drafting under way", "in-progress"],
    ["Glossary - done", "done"],
    ["Survey completed in May", "done"],
    ["Things to be done later", "proposed"],
    ["Webinar series planned for Q3", "planned"],
    ["Repository on hold until funding", "blocked"],
    ["Planned hackathon, cancelled", "dropped"],
  ])("%j → %s", (text, status) => expect(statusFromText(text)).toBe(status));
});
