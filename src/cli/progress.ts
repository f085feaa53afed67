// A long build says what it has done as each phase finishes, one line each, with counts and the
// time it took, so nobody waits in front of a silent terminal. The build and the site writer call
// `done()`; `sigreport build` decides where the lines go (stderr, so stdout stays data) or, with
// --quiet, nowhere.
import { type Paint, plain } from "./colour.ts";

import type { Progress } from "../site/write-site.ts";

export type { Progress };

export const silent: Progress = { done: () => undefined };

/** Lines like `loaded 2,000 reports of 40 groups  3.10 s`: the time since the previous line. */
export function progressLines(print: (line: string) => void, paint: Paint = plain, now: () => number = () => performance.now()): Progress {
  let last = now();
  return {
    begin() {
      last = now();
    },
    done(what) {
      const t = now();
      print(`${what} ${paint.dim(`(${((t - last) / 1000).toFixed(2)} s)`)}`);
      last = t;
    },
  };
}

/** One pluraliser for the whole tool: "2,000 reports". */
export { plural as counted } from "../site/format.ts";
