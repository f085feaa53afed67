// The one Markdown renderer for report text. Report Markdown is untrusted: raw HTML is escaped
// (html: false) and markdown-it's validateLink keeps javascript:, vbscript:, file: and data: out.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";

export const markdown = new MarkdownIt({
  html: false, // report Markdown is untrusted: <script> shows as text
  linkify: true,
  typographer: true,
});

// Links in reports point off-site; they must not hand the opened page a window.opener.
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx]!.attrGet("href") ?? "";
  if (/^https?:/i.test(href)) tokens[idx]!.attrSet("rel", "noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/** Inline Markdown (a summary, a note) without the wrapping paragraph. */
export function renderInline(source: string): string {
  return markdown.renderInline(source);
}

export function parseMarkdown(source: string): Token[] {
  return markdown.parse(source, {});
}

export function renderTokens(tokens: Token[]): string {
  return markdown.renderer.render(tokens, markdown.options, {});
}
