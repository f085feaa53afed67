import { describe, expect, it } from "vitest";
import { isPersonName, parsePerson } from "../../src/import/person-name.ts";

describe("isPersonName", () => {
  it.each(["Sergei Smalkov", "Mr. Bahodir Atahanov", "Sean O'Kelly", "Radhika Iyengar-Emens", "Ludwig van Beethoven", "José Núñez"])(
    "%j is a name",
    (text) => expect(isPersonName(text)).toBe(true),
  );
  it.each(["IBM Services", "Government of Uzbekistan", "Public Sector SIG", "DoubleNova Group", "Bobbi", "White Paper", "the group"])(
    "%j is not a name",
    (text) => expect(isPersonName(text)).toBe(false),
  );
});

describe("parsePerson", () => {
  it.each([
    ["Sergei Smalkov (Dev).", { name: "Sergei Smalkov", role: "Dev" }],
    ["Jane Doe of Acme Corp", { name: "Jane Doe", org: "Acme Corp" }],
    ["Dr. Pete Teigen from IBM", { name: "Pete Teigen", org: "IBM" }],
    ["Government of Uzbekistan", undefined],
  ])("%j → %j", (text, person) => expect(parsePerson(text)).toEqual(person));
});
