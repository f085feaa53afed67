// Report text for the digests: what the reader wrote, as plain words on one line. Reports are
// untrusted, and a digest is pasted into mail clients, terminals and Markdown renderers, so what
// arrives here must not carry structure (line breaks that fake a heading or a separator), control
// characters (terminal escapes) or bidirectional overrides (text that reads other than it is).
import MarkdownIt from "markdown-it";

const parser = new MarkdownIt({ html: false, linkify: false });

// C0/C1 controls (newlines and tabs are whitespace, handled apart) and bidi embeddings/overrides/isolates.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** One line of plain text: controls taken out, every run of whitespace (line breaks too) one space. */
export function oneLine(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
}

/**
 * Markdown as the words a reader sees, on one line: emphasis and code lose their marks, a link
 * keeps its text with its address after it ("the charter (https://…)"), an image its alt text,
 * raw HTML stays as the literal characters it is shown as.
 */
export function markdownAsText(markdown: string): string {
  const out: string[] = [];
  for (const block of parser.parse(markdown, {})) {
    if (block.type !== "inline") {
      if (block.type.endsWith("_close") || block.type === "fence" || block.type === "code_block") out.push(" ");
      if (block.type === "fence" || block.type === "code_block") out.push(block.content);
      continue;
    }
    const links: { href: string; at: number }[] = [];
    for (const token of block.children ?? []) {
      switch (token.type) {
        case "link_open":
          links.push({ href: token.attrGet("href") ?? "", at: out.length });
          break;
        case "link_close": {
          const link = links.pop();
          // An autolink's text is its address already.
          if (link?.href && out.slice(link.at).join("") !== link.href) out.push(` (${link.href})`);
          break;
        }
        case "image":
          out.push(token.content);
          break;
        case "softbreak":
        case "hardbreak":
          out.push(" ");
          break;
        default:
          out.push(token.content);
      }
    }
  }
  return oneLine(out.join(""));
}
