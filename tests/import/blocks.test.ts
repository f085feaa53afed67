import { describe, expect, it } from "vitest";
import { blockText, toBlocks } from "../../src/import/blocks.ts";
import { blocksMarkdown } from "../../src/import/prose-markdown.ts";

describe("toBlocks", () => {
  it("splits paragraphs at blank lines and list items at their markers, keeping line numbers", () => {
    const blocks = toBlocks("Intro line one\r\nline two\r\n\r\n  1. First\n  2. Second\n    continued\n\n  • Bullet\n");
    expect(blocks.map((b) => [b.line, b.marker?.kind ?? "text", blockText(b)])).toEqual([
      [1, "text", "Intro line one line two"],
      [4, "number", "First"],
      [5, "number", "Second continued"],
      [8, "bullet", "Bullet"],
    ]);
  });

  it("writes prose back as Markdown without indentation that would make a code block", () => {
    expect(blocksMarkdown(toBlocks("    Indented text\n\n• a\n• b\n\n1. one"))).toBe("Indented text\n\n- a\n- b\n\n1. one");
  });
});
