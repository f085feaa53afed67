// The docs' advice is run, not trusted: the VS Code task's problem matcher in the README is applied
// to check's real output, and every relative link in docs/ and the README finds its file.
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/build.ts";
import { makeContent } from "../helpers/content.ts";

const REPO = path.resolve(import.meta.dirname, "../..");

async function readmeTask() {
  const readme = await readFile(path.join(REPO, "README.md"), "utf8");
  const block = /<!-- vscode tasks\.json[^>]*-->\n```json\n([\s\S]*?)\n```/.exec(readme);
  expect(block, "the README's tasks.json block").not.toBeNull();
  return (JSON.parse(block![1]!) as { tasks: { command: string; options: { env: Record<string, string> }; problemMatcher: { pattern: Record<string, string | number> } }[] }).tasks[0]!;
}

describe("the README's VS Code task", () => {
  it("matches every problem sigreport check prints, with file, line, column and severity", async () => {
    const task = await readmeTask();
    expect(task.command).toBe("npx sigreport check");
    const { regexp, file, line, column, severity, message } = task.problemMatcher.pattern;
    const content = await makeContent({
      "groups/test/2019-Q2.md": "---\nquarter: 2019-Q1\nhealth:\n  attendance:\n    typical: 2\n    last: 30\n---\n",
    });
    // The task runs in VS Code's terminal, where colour would be on; its env turns it off.
    const result = runCli(["check", content], task.options.env);
    const problems = result.stdout.split("\n").flatMap((l) => {
      const m = new RegExp(regexp as string).exec(l);
      return m ? [{ file: m[file as number], line: m[line as number], column: m[column as number], severity: m[severity as number], message: m[message as number] }] : [];
    });
    expect(problems).toEqual([
      { file: `${content}/groups/test/2019-Q2.md`, line: "2", column: "10", severity: "error", message: expect.stringMatching(/^quarter: The file is named for 2019-Q2/) },
      { file: `${content}/groups/test/2019-Q2.md`, line: expect.stringMatching(/^\d+$/), column: expect.stringMatching(/^\d+$/), severity: "warning", message: expect.stringContaining("attendance") },
    ]);
  });
});

describe("links in the docs", () => {
  it("every relative link in README.md and docs/*.md points at a file that exists", async () => {
    const docs = ["README.md", ...(await readdir(path.join(REPO, "docs"))).filter((n) => n.endsWith(".md")).map((n) => `docs/${n}`)];
    let checked = 0;
    for (const doc of docs) {
      // Code is an example of what to write, not a link of the docs.
      const text = (await readFile(path.join(REPO, doc), "utf8")).replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(?:[a-z]+:|#|\/)/i.test(target!) || target!.includes("<")) continue;
        const file = path.join(REPO, path.dirname(doc), decodeURI(target!.split("#")[0]!));
        expect(existsSync(file), `${doc} links ${target}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2);
  });
});
