// Escaping for digest.md: untrusted text goes in as literal words, whatever it contains. Each
// value arrives as one line (plain-text.ts); every ASCII character that starts inline Markdown is
// backslash-escaped (CommonMark: any ASCII punctuation may be), and a line start that would open a
// block (a list, a quote, a heading, a rule) is escaped too, since values follow "- " in lists.
import { oneLine } from "./plain-text.ts";

const INLINE = /[\\`*_[\]<>#!|~&{}]/g;

/** `text` as literal Markdown inline text, on one line. */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** A link destination: ours (absolute or root-absolute), but written so no character can end it early. */
export function mdUrl(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}
