// A file name or value with a newline must not forge a GitHub workflow command in `check`'s output,
// and ESC sequences must not reach the terminal or the log view (issue #17). The fixture's names are
// made by tests/fixtures/bad/control-characters/setup.ts.
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { run } from "../../src/cli/main.ts";
import { BAD_CASES, fixtureCopies } from "../helpers/fixtures.ts";
import { captureIo } from "../helpers/cli.ts";

const fixtures = fixtureCopies();
afterAll(() => fixtures.remove());
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

it.each(["text", "github", "json"])("check --format %s prints no raw control character and no forged command", async (format) => {
  const content = await fixtures.contentOf(path.join(BAD_CASES, "control-characters"));
  const io = captureIo();
  expect(await run(["check", "--format", format, "--content", content], io)).toBe(1);
  const output = io.stdout.join("\n");
  expect(output).not.toMatch(RAW_CONTROL);
  const lines = output.split("\n");
  const commands = lines.filter((line) => line.startsWith("::"));
  if (format === "github") {
    // One command per diagnostic, each on its own line, with the forged text inside its escaped data.
    expect(commands).toHaveLength(4);
    for (const line of commands) expect(line).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,col=\d+,title=[^,:]+::/);
    expect(output).toContain("/groups/demo/notes\\n%3A%3Aerror file=README.md%2Cline=1%3A%3Aforged%2C and %250A more.md,line=1,col=1,");
  } else {
    expect(commands).toEqual([]);
  }
});

it("check --format json still carries the exact names and values, escaped as JSON", async () => {
  const content = await fixtures.contentOf(path.join(BAD_CASES, "control-characters"));
  const io = captureIo();
  await run(["check", "--format", "json", "--content", content], io);
  const { diagnostics } = JSON.parse(io.stdout.join("\n")) as { diagnostics: { message: string; file: string }[] };
  expect(diagnostics.map((d) => path.basename(d.file))).toContain("notes\n::error file=README.md,line=1::forged, and %0A more.md");
  expect(diagnostics.some((d) => d.message.includes('"\\u001b[2Jwip\u009b31m"'))).toBe(true);
});
