// /quarters/<yyyy>-q<n>/digest.md and digest.txt: the quarter's edition, laid out. Every value
// from a report is one plain line already (src/site/view-models/digest.ts); digest.md escapes it
// with mdText, digest.txt indents it under its group so it cannot pass for a heading. The
// introduction is the maintainers' own Markdown and goes in as written.
import { mdText, mdUrl } from "../../src/site/digest/markdown-text.ts";
import { wrap } from "../../src/site/digest/wrap.ts";
import type { DigestEntryView, DigestFile, DigestView } from "../../src/site/view-models/digest.ts";
import type { SiteViews } from "../../src/site/view-models/site-views.ts";

export const renderMarkdown = (_views: SiteViews, { digest }: DigestFile): string => markdown(digest);
export const renderText = (_views: SiteViews, { digest }: DigestFile): string => text(digest);

function markdown(d: DigestView): string {
  const out: string[] = [`# ${mdText(d.title)}`, ""];
  if (d.intro) {
    out.push(d.intro.markdown, "");
    if (d.intro.editors.length) out.push(`Edited by ${d.intro.editors.map(mdText).join(", ")}.`, "");
  }
  for (const kind of d.kinds) {
    out.push(`## ${mdText(kind.heading)}`, "");
    for (const e of kind.entries) out.push(...markdownEntry(e));
  }
  out.push("## Reports still expected", "");
  if (d.expected.length) for (const x of d.expected) out.push(`- [${mdText(x.group)}](${mdUrl(x.url)}): ${x.due} ${mdText(x.dueLabel)}`);
  else out.push("Every group reported.");
  out.push("", `[The quarter on the site](${mdUrl(d.url)})`, "");
  return out.join("\n");
}

function markdownEntry(e: DigestEntryView): string[] {
  const out = [`### [${mdText(e.group)}: ${mdText(e.title)}](${mdUrl(e.url)})`, ""];
  if (e.summary) out.push(mdText(e.summary), "");
  if (e.highlights.length) out.push("**Highlights**", "", ...e.highlights.map((h) => `- ${mdText(h)}`), "");
  if (e.asks.length) out.push("**Asks**", "", ...e.asks.map((a) => `- ${mdText(a)}`), "");
  return out;
}

function text(d: DigestView): string {
  const underline = (line: string, mark: string) => [line, mark.repeat(Math.min(72, [...line].length))];
  const out: string[] = [...underline(d.title, "="), ""];
  if (d.intro) {
    out.push(d.intro.markdown, "");
    if (d.intro.editors.length) out.push(`Edited by ${d.intro.editors.join(", ")}.`, "");
  }
  for (const kind of d.kinds) {
    out.push(...underline(kind.heading, "-"), "");
    for (const e of kind.entries) {
      out.push(...wrap(`${e.group}: ${e.title}`, "* ", "  "), `  ${e.url}`);
      if (e.summary) out.push("", ...wrap(e.summary, "  "));
      if (e.highlights.length) out.push("", "  Highlights:", ...e.highlights.flatMap((h) => wrap(h, "    - ", "      ")));
      if (e.asks.length) out.push("", "  Asks:", ...e.asks.flatMap((a) => wrap(a, "    - ", "      ")));
      out.push("");
    }
  }
  out.push(...underline("Reports still expected", "-"), "");
  if (d.expected.length) for (const x of d.expected) out.push(...wrap(`${x.group}: ${x.due} ${x.dueLabel}`, "* ", "  "), `  ${x.url}`);
  else out.push("Every group reported.");
  out.push("", `The quarter on the site: ${d.url}`, "");
  return out.join("\n");
}
