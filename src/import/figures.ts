// The figures a chair states in prose ("around 12 per call", "Primary mailing list member count:
// 850") belong in the front-matter, where the site charts them. Only a figure the sentence states
// as a number is lifted: "over 200", "10 to 15" or "a dozen" are not one figure, so they stay prose
// only. The sentence is never removed; the figure's YAML comment names it, so the chair can check.
import type { Activity, Health } from "../model/schema.ts";
import type { Block } from "./blocks.ts";

export type FigurePath = readonly (string | number)[];

export interface LiftedFigure {
  /** Where the figure goes in the front-matter, e.g. ["health", "attendance", "typical"]. */
  path: FigurePath;
  value: number;
  /** The sentence it came from, as written, and the line of the original it starts on. */
  sentence: string;
  line: number;
  /** A channel's name, for a channel's member count. */
  channel?: string;
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
/** A stated number: digits (1,234 too) or a word up to twenty; never after "over", "nearly", "to" (a trend's end, "from 20 to 15")… */
const N = String.raw`(?<![\d,.])(?<!(?:over|than|nearly|almost|to|under|least|most)\s)\b(\d{1,3}(?:,\d{3})+|\d+|${WORDS.join("|")})(?![\d,]*\s*(?:%|percent|to\s+\d|-\s*\d|–\s*\d))`;
const PEOPLE = String.raw`(?:participants?|people|attendees|persons|members|folks)`;
const CALL = String.raw`(?:calls?|meetings?|sessions?)`;
const CHAT = String.raw`(Slack|Discord|Matrix|Rocket\.Chat|Telegram|chat)`;

interface Rule {
  path: FigurePath;
  pattern: RegExp;
}

const rule = (path: FigurePath, source: string): Rule => ({ path, pattern: new RegExp(source, "i") });

const RULES: readonly Rule[] = [
  rule(["health", "quartersActive"], String.raw`\b(?:in operation|active|running|existed)\s+for\s+${N}\s+quarters\b`),
  rule(["health", "attendance", "last"], String.raw`\blast\s+${CALL}\s+(?:had|saw|drew|was attended by|counted)\s+${N}\b`),
  rule(["health", "attendance", "typical"], String.raw`\bmeeting\s+(?:attendee|participant)\s+count\b[^:]*:\s*${N}`),
  rule(["health", "attendance", "typical"], String.raw`\baverage\s+(?:call\s+|meeting\s+)?attendance\s*(?:of|is|was|has been|:|at|around|about|~|\s)*${N}\b`),
  rule(["health", "attendance", "typical"], String.raw`\b${CALL}\s+(?:are|were)\s+(?:typically\s+|usually\s+|regularly\s+)?attended\s+by\s+(?:around\s+|about\s+|approximately\s+|~)?${N}\b`),
  rule(["health", "attendance", "typical"], String.raw`${N}\s+(?:${PEOPLE}\s+)?(?:per|each|on\s+(?:each|every|an?\s+average|average))\s+(?:\w+\s+)?${CALL.replace("s?", "")}\b`),
  rule(["health", "attendance", "peak"], String.raw`\b(?:peak|highest|record)\s+(?:attendance\s+)?(?:of|was|at|:)\s*${N}\b`),
  rule(["health", "members"], String.raw`\bmailing\s+list\s+(?:member|subscriber)\s+count\b[^:]*:\s*${N}`),
  rule(["health", "members"], String.raw`\bmailing\s+list\s+(?:now\s+)?(?:has|counts|reached|stands at)\s+${N}\s+(?:members|subscribers|people)\b`),
  rule(["health", "members"], String.raw`${N}\s+(?:members|subscribers|people)\s+(?:are\s+)?(?:on|in|subscribed to)\s+(?:the|our)\s+(?:[\w-]+\s+)?mailing\s+list\b`),
  rule(["health", "members"], String.raw`\b(?:roster|membership)\s+(?:now\s+)?(?:of|has|is|counts|stands at|:)\s*${N}\b(?!\s*%)`),
  rule(["activity", "meetings", "held"], String.raw`\b(?:held|had|ran|hosted)\s+${N}\s+(?:\w+\s+)?${CALL}\b`),
  rule(["activity", "meetings", "held"], String.raw`${N}\s+(?:\w+\s+)?${CALL}\s+(?:were|was)\s+held\b`),
  rule(["activity", "meetings", "missed"], String.raw`\b(?:missed|cancell?ed|skipped)\s+${N}\s+(?:\w+\s+)?${CALL}\b`),
  rule(["activity", "meetings", "missed"], String.raw`${N}\s+(?:\w+\s+)?${CALL}\s+(?:were|was)\s+(?:missed|cancell?ed|skipped)\b`),
];

/** Channel counts name their channel: "Primary slack channel member count: 2345", "#sig-x Slack channel has 120 members". */
const CHANNEL_RULES: readonly RegExp[] = [
  new RegExp(String.raw`\b${CHAT}\s+channel\s+member\s+count\b[^:]*:\s*${N}`, "i"),
  new RegExp(String.raw`\b${CHAT}\s+channel\s+(?:now\s+)?(?:has|counts|reached)\s+${N}\s+members\b`, "i"),
  new RegExp(String.raw`${N}\s+members\s+(?:in|on)\s+(?:the|our)\s+(?:#[\w-]+\s+)?${CHAT}\s+channel\b`, "i"),
];

/** A block's sentences, each with the line of the original it starts on. */
export function sentencesOf(block: Block): { text: string; line: number }[] {
  const starts: number[] = [];
  let joined = "";
  for (const lineText of block.lines) {
    starts.push(joined.length);
    joined += (joined === "" ? "" : " ") + lineText;
  }
  const out: { text: string; line: number }[] = [];
  for (const match of joined.matchAll(/\S.*?(?:[.!?]["”)]?(?=\s+["“(]?[A-Z0-9])|$)/g)) {
    const lineIndex = starts.filter((start) => start <= match.index).length - 1;
    out.push({ text: match[0].trim(), line: block.line + Math.max(0, lineIndex) });
  }
  return out;
}

const toNumber = (text: string) => {
  const word = WORDS.indexOf(text.toLowerCase());
  return word !== -1 ? word : Number(text.replace(/,/g, ""));
};

/** Every figure stated in `blocks`, the first statement of each field winning. */
export function liftFigures(blocks: readonly Block[]): LiftedFigure[] {
  const found = new Map<string, LiftedFigure>();
  const channels: LiftedFigure[] = [];
  for (const block of blocks) {
    for (const { text, line } of sentencesOf(block)) {
      for (const { path, pattern } of RULES) {
        const key = path.join(".");
        const match = found.has(key) ? null : pattern.exec(text);
        if (match) found.set(key, { path, value: toNumber(match[1]!), sentence: text, line });
      }
      for (const pattern of CHANNEL_RULES) {
        const match = pattern.exec(text);
        if (!match) continue;
        const [first, second] = [match[1]!, match[2]!];
        const [name, count] = first.toLowerCase() in CHAT_NAMES ? [first, second] : [second, first];
        if (channels.some((c) => c.sentence === text)) continue;
        channels.push({ path: ["activity", "channels", channels.length, "members"], value: toNumber(count), sentence: text, line, channel: channelName(name) });
        break;
      }
    }
  }
  return [...found.values(), ...channels];
}

const CHAT_NAMES: Record<string, string> = { slack: "Slack", discord: "Discord", matrix: "Matrix", "rocket.chat": "Rocket.Chat", telegram: "Telegram", chat: "Chat" };
const channelName = (chat: string) => `${CHAT_NAMES[chat.toLowerCase()] ?? chat} channel`;

/** The front-matter parts the figures fill. */
export function figuresFrontMatter(figures: readonly LiftedFigure[]): { health?: Health; activity?: Activity } {
  const out: { health?: Record<string, unknown>; activity?: Record<string, unknown> } = {};
  for (const figure of figures) {
    const [part, ...rest] = figure.path as [keyof typeof out, ...(string | number)[]];
    if (rest[0] === "channels") {
      const activity = (out.activity ??= {});
      const list = ((activity["channels"] as unknown[]) ??= []);
      list.push({ name: figure.channel, members: figure.value });
      continue;
    }
    let target = (out[part] ??= {}) as Record<string, unknown>;
    for (const step of rest.slice(0, -1)) target = (target[step as string] ??= {}) as Record<string, unknown>;
    target[rest.at(-1) as string] = figure.value;
  }
  return out as { health?: Health; activity?: Activity };
}
