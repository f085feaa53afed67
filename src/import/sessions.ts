// One agenda date's text becomes one or more sessions: numbered items under a date ("May 24",
// then "1. …", "2. …") are separate sessions of that day. A session's title is its first line
// when that is short; otherwise the start of its first sentence, with the full text kept in the
// summary, so no sentence is lost to a title.
import type { CalendarDate } from "../model/calendar-date.ts";
import type { Session } from "../model/schema.ts";
import { type Block, blockText } from "./blocks.ts";
import { findPresenters } from "./presenters.ts";
import { blocksMarkdown } from "./prose-markdown.ts";

export const MAX_TITLE_LENGTH = 100;

/** Splits a day's blocks at numbered items; blocks before the first item are a session of their own. */
export function sessionBlocks(blocks: readonly Block[]): Block[][] {
  const items: Block[][] = [];
  for (const block of blocks) {
    if (block.marker?.kind === "number" || items.length === 0) items.push([]);
    items.at(-1)!.push(block);
  }
  return items;
}

export function sessionOf(date: CalendarDate, blocks: readonly Block[]): Session {
  const [first, ...others] = blocks;
  const firstText = first ? blockText(first) : "";
  const shortTitle = first !== undefined && first.lines.length === 1 && firstText.length <= MAX_TITLE_LENGTH;
  const title = shortTitle ? firstText.replace(/\.$/, "") : shorten(firstSentence(firstText));
  // The item's own number ("2.") only orders the day's sessions; lists inside a session stay lists.
  const summaryBlocks = shortTitle ? others : [{ ...first!, marker: undefined }, ...others];
  const summary = blocksMarkdown(summaryBlocks);
  const presenters = findPresenters(blocks.map((b) => b.lines.join("\n")).join("\n"));
  return {
    date,
    title,
    ...(summary !== "" && { summary }),
    ...(presenters.length > 0 && { presenters }),
  };
}

export function sessionsOfDay(date: CalendarDate, blocks: readonly Block[]): Session[] {
  return sessionBlocks(blocks).map((item) => sessionOf(date, item));
}

function firstSentence(text: string): string {
  return /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

/** At most MAX_TITLE_LENGTH characters, cut at a word, marked with an ellipsis when cut. */
function shorten(text: string): string {
  const plain = text.replace(/\.$/, "");
  if (plain.length <= MAX_TITLE_LENGTH) return plain;
  const cut = plain.slice(0, MAX_TITLE_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[\s,;:–—-]+$/, "")}…`;
}
