// A long build says what it has done as each phase finishes, one line each, with counts and the
// time it took, so nobody waits in front of a silent terminal. The build and the site plugin call
// `done()`; `sigreport build` decides where the lines go (stderr, so stdout stays data) or, with
// --quiet, nowhere.
import { type Paint, plain } from "./colour.ts";

export interface Progress {
  /** A phase finished; `what` says what it made, e.g. "loaded 2,000 reports of 40 groups". */
  done(what: string): void;
}

export const silent: Progress = { done: () => undefined };

/** Lines like `loaded 2,000 reports of 40 groups  3.10 s`: the time since the previous line. */
export function progressLines(print: (line: string) => void, paint: Paint = plain, now: () => number = () => performance.now()): Progress {
  let last = now();
  return {
    done(what) {
      const t = now();
      print(`${what} ${paint.dim(`(${((t - last) / 1000).toFixed(2)} s)`)}`);
      last = t;
    },
  };
}

// The site plugin runs inside Eleventy, which gives it no options of ours: the build hands it the
// reporter here, for the length of one build.
let current: Progress = silent;

export function reportBuildProgress(progress: Progress): () => void {
  current = progress;
  return () => void (current = silent);
}

export const buildProgress = (): Progress => current;

export const counted = (n: number, word: string, words = `${word}s`) => `${n.toLocaleString("en")} ${n === 1 ? word : words}`;
