// `new` writes a line in italics under every heading ("_Replace this line with …_"). The draft
// checks clean on purpose, so a chair can commit it half-done; a prompt still there when the
// report goes out would be published as it is, so check points at each one (--strict: an error).
import { HINT_PREFIX } from "../../draft/section-hints.ts";
import { diagnostic } from "../diagnostics.ts";
import type { ReportCheck } from "./types.ts";

export const leftoverPrompt: ReportCheck = ({ file, body, bodyLine }) =>
  body.split("\n").flatMap((text, i) => {
    if (!text.includes(HINT_PREFIX)) return [];
    return [
      diagnostic("leftover-prompt", file, {
        line: bodyLine + i,
        column: text.search(/\S/) + 1,
        message: `The prompt ${JSON.stringify(text.trim().replace(/^_|_$/g, ""))} is still here.`,
        expected: "your text",
        found: "the prompt that `sigreport new` wrote",
      }),
    ];
  });
