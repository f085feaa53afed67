import { describe, expect, it } from "vitest";
import { findPresenters } from "../../src/import/presenters.ts";

describe("findPresenters", () => {
  it.each([
    ["Presenters: Jane Doe, John Roe of Acme", [{ name: "Jane Doe" }, { name: "John Roe", org: "Acme" }]],
    ["Joining contributor: Mr. Bahodir Atahanov, Government of Uzebekistan.", [{ name: "Bahodir Atahanov", org: "Government of Uzebekistan" }]],
    ["Speakers: Ana Lima and Bo Chen", [{ name: "Ana Lima" }, { name: "Bo Chen" }]],
    ["DoubleNova Group - Jorden Woods and Radhika Iyengar-Emens", [
      { name: "Jorden Woods", org: "DoubleNova Group" },
      { name: "Radhika Iyengar-Emens", org: "DoubleNova Group" },
    ]],
    ["Pete Teigen from IBM Services: Global Govt will present.", [{ name: "Pete Teigen", org: "IBM Services" }]],
    ["Hyperledger strives from our community. Bobbi Muscara showed us the wiki.", [{ name: "Bobbi Muscara" }]],
    ["Alpesh Doshi, Fintricity, London will also be joining the presentation.", [{ name: "Alpesh Doshi", org: "Fintricity" }]],
    ["People wanted to hear from Vasiliy Vasilkoff, a developer.", [{ name: "Vasiliy Vasilkoff" }]],
  ])("%j", (text, expected) => {
    expect(findPresenters(text)).toEqual(expected);
  });

  it.each([
    "The Public Sector SIG continues to attract a diverse range of presenters.",
    "IBM Global Government - \"Recognizing registry use case patterns\"",
    "The group has sought support from Hyperledger Community Architects.",
  ])("finds nobody in %j", (text) => {
    expect(findPresenters(text)).toEqual([]);
  });

  it("names a person once, keeping the details any mention gave", () => {
    expect(findPresenters("Presenter: Ana Lima (Chair). Ana Lima from Acme showed the demo.")).toEqual([{ name: "Ana Lima", role: "Chair", org: "Acme" }]);
  });
});
