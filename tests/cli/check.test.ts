import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { EXAMPLE_CONTENT, captureIo, makeContent } from "../helpers/content.ts";

describe("sigreport check", () => {
  it("exits 0 and prints no diagnostic on the example", async () => {
    const io = captureIo();
    expect(await run(["check", EXAMPLE_CONTENT], io)).toBe(0);
    expect(io.stdout()).toBe("No problems found.\n");
  });

  it("prints diagnostics like a compiler, a hint, a summary, and exits 1 on errors", async () => {
    const dir = await makeContent({ "groups/test/2019-Q2.md": "---\nworkProducts:\n  - title: X\n    status: wip\n---\n" });
    const io = captureIo();
    expect(await run(["check", dir], io)).toBe(1);
    const lines = io.stdout().split("\n");
    expect(lines[0]).toBe(
      `${dir}/groups/test/2019-Q2.md:4:13 error workProducts[0].status: expected one of proposed | planned | in-progress | blocked | done | dropped, found "wip". [invalid-value]`,
    );
    expect(lines[1]).toBe('    hint: Use one of: proposed | planned | in-progress | blocked | done | dropped.');
    expect(lines.at(-2)).toBe("1 error in 1 file.");
  });

  it("exits 0 with warnings only", async () => {
    const dir = await makeContent({ "groups/test/2019-Q2.md": "---\nhealth:\n  attendance:\n    typical: 2\n    last: 30\n---\n" });
    const io = captureIo();
    expect(await run(["check", dir], io)).toBe(0);
    expect(io.stdout()).toContain("1 warning in 1 file.");
  });

  it("prints JSON with --format json", async () => {
    const dir = await makeContent({ "groups/test/2019-Q2.md": "---\nquarter: 2019-Q1\n---\n" });
    const io = captureIo();
    expect(await run(["check", dir, "--format", "json"], io)).toBe(1);
    const json = JSON.parse(io.stdout());
    expect(json.summary).toEqual({ errors: 1, warnings: 0, files: 1 });
    expect(json.diagnostics[0]).toMatchObject({ code: "quarter-mismatch", line: 2, column: 10, field: "quarter", expected: "2019-Q2", found: "2019-Q1" });
  });

  it("prints GitHub workflow commands with --format github", async () => {
    const dir = await makeContent({ "groups/test/2019-Q2.md": "---\nquarter: 2019-Q1\n---\n" });
    const io = captureIo();
    await run(["check", "--content", dir, "--format=github"], io);
    expect(io.stdout().split("\n")[0]).toMatch(/^::error file=[^,]+2019-Q2\.md,line=2,col=10,title=quarter-mismatch \(quarter\)::The file is named for 2019-Q2/);
  });

  it("exits 2 when the folder does not exist, without a stack trace", async () => {
    const io = captureIo();
    expect(await run(["check", "/nonexistent/content"], io)).toBe(2);
    expect(io.stderr()).toContain("There is no content folder at /nonexistent/content.");
    expect(io.stderr()).not.toMatch(/\n\s+at /);
  });

  it("exits 2 with usage on a bad option", async () => {
    const io = captureIo();
    expect(await run(["check", "--format", "xml"], io)).toBe(2);
    expect(io.stderr()).toContain("Usage: sigreport check");
  });
});
