// The one Markdown renderer for report text. Report Markdown is untrusted: raw HTML is escaped
// (html: false), and only what is on an allow-list becomes live:
// - a link or autolink goes to http, https or mailto, or is relative; any other scheme (smb:,
//   ms-officecmd:, search-ms:, intent:, ssh:, ftp:, data:, javascript:) stays as the text written;
// - an image is shown only from the site itself (a relative address): one from another site would
//   load in feed readers and search results, which have no Content-Security-Policy, so it becomes
//   a link to the image instead (said in docs/writing-a-report.md);
// - no typographer: the chair's `--` and `?????` stay as written.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";

export const markdown = new MarkdownIt({
  html: false, // report Markdown is untrusted: <script> shows as text
  linkify: true,
  typographer: false,
});

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LINK_SCHEMES = new Set(["http", "https", "mailto"]);

/** A link target that is relative (no scheme) or uses an allowed scheme. */
export function isAllowedLinkTarget(url: string): boolean {
  const scheme = SCHEME.exec(url.trim());
  return scheme === null || LINK_SCHEMES.has(scheme[1]!.toLowerCase());
}

/** An address that names another site: a scheme, or protocol-relative `//host/…`. */
const isRemote = (url: string) => SCHEME.test(url.trim()) || /^\s*[\\/]{2}/.test(url);

// markdown-it calls this on the normalised address of every link, autolink, linkified text and image.
markdown.validateLink = isAllowedLinkTarget;

// Links in reports point off-site; they must not hand the opened page a window.opener.
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx]!.attrGet("href") ?? "";
  if (isRemote(href) && !/^\s*mailto:/i.test(href)) tokens[idx]!.attrSet("rel", "noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

const defaultImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const src = token.attrGet("src") ?? "";
  if (!isRemote(src)) return defaultImage(tokens, idx, options, env, self);
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const label = alt.trim() === "" ? src : alt;
  return `<a href="${markdown.utils.escapeHtml(src)}" rel="noopener noreferrer">${markdown.utils.escapeHtml(`Image: ${label}`)}</a>`;
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
