// `sigreport new` carries each review question still open into the draft's `responses`, its text
// as the prompt; a question a report has answered stays behind.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/cli/main.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import { captureIo } from "../helpers/content.ts";
import { copyCycle } from "../helpers/cycle.ts";

describe("sigreport new and review questions", () => {
  it("puts the open question into responses (the answered one not) and the draft checks clean", async () => {
    const content = await copyCycle();
    const io = captureIo();
    expect(await run(["new", "finance", "--quarter", "2019-Q3", "--content", content], io)).toBe(0);
    expect(io.stdout()).toContain("Open questions from reviews, to answer under responses: roadmap");
    const text = await readFile(path.join(content, "groups/finance/2019-Q3.md"), "utf8");
    const front = parse(text.split("---\n")[1]!);
    expect(front.responses).toEqual([{ to: "roadmap", answer: "Replace this line with your answer to the review of Q1 2019: “When will the roadmap be published?”" }]);
    const { diagnostics } = await loadArchive(content);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("before any report answered them, the draft of the next report carries both questions", async () => {
    const content = await copyCycle();
    await rm(path.join(content, "groups/finance/2019-Q2.md"));
    const io = captureIo();
    expect(await run(["new", "finance", "--quarter", "2019-Q2", "--content", content], io)).toBe(0);
    const front = parse((await readFile(path.join(content, "groups/finance/2019-Q2.md"), "utf8")).split("---\n")[1]!);
    expect(front.responses.map((r: { to: string }) => r.to)).toEqual(["budget", "roadmap"]);
  });
});
