import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { captureIo, copyOfContent } from "../helpers/cli.ts";

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
const COMMAND = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^:]+)::(.+)$/;

describe("sigreport check --format github", () => {
  it("prints one workflow command per problem, pointing at the file, line and column", async () => {
    const content = await copyOfContent();
    const file = path.join(content, "groups", "public-sector", "2019-Q2.md");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("  - title: Government RFP repository\n    status: proposed", "  - title: Government RFP repository\n    status: wip"));
    const q3 = ["---", "quarter: 2019-Q3", "agenda:", "  - date: 2019-10-04", "    title: A session dated in Q4", "---", "", "Text."].join("\n");
    await writeFile(path.join(content, "groups", "public-sector", "2019-Q3.md"), q3);
    const lines = text.split("\n");
    const io = captureIo();

    expect(await run(["check", "--format", "github", "--content", content], io)).toBe(1);
    const [annotations, summary] = io.stdout;
    const commands = annotations!.split("\n").map((line) => COMMAND.exec(line));
    expect(commands.every((m) => m !== null)).toBe(true);
    const byTitle = new Map(commands.map((m) => [decodeURIComponent(m![5]!), m!]));

    const status = byTitle.get("invalid-value (workProducts[2].status)")!;
    expect(status[1]).toBe("error");
    expect(status[2]).toBe(`${content.split(path.sep).join("/")}/groups/public-sector/2019-Q2.md`);
    expect(Number(status[3])).toBe(lines.findIndex((l) => l.includes("title: Government RFP repository")) + 2);
    expect(Number(status[4])).toBe(13); // `    status: wip`: the value starts in column 13
    expect(status[6]).toMatch(/proposed.*wip/);

    const session = byTitle.get("session-outside-quarter (agenda[0].date)")!;
    expect(session[2]).toMatch(/\/groups\/public-sector\/2019-Q3\.md$/);
    expect([Number(session[3]), Number(session[4])]).toEqual([4, 11]); // `  - date: 2019-10-04`
    expect(session[6]).toContain("2019-10-04 is in Q4 2019");
    // A hint travels on a second line, escaped as %0A so the command stays on one line.
    expect(session[6]).toMatch(/%0ACheck the date/);
    expect(summary).toBe("2 errors in 2 files.");
  });
});
