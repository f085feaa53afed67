// The targets of issue #15, by archive size. The issue sets them at 1,000 and 10,000 reports;
// other sizes take the nearer one (below 10,000 the 1,000 figure, from 10,000 the 10,000 one).

const large = (n: number) => n >= 10_000;

export const targets = {
  /** sigreport's full build (--no-search) over plain Eleventy's. */
  eleventyRatio: (n: number) => (large(n) ? 0.75 : 1.0),
  /** Over the one-thread floor (gray-matter + markdown-it + one write per report). */
  floorRatio: 2.0,
  /** Over Hugo: the stretch goal. */
  hugoRatio: 1.3,
  /** Peak resident memory of the build; set at 10,000 reports only. */
  peakBytes: (n: number): number | undefined => (large(n) ? 512 * 1024 ** 2 : undefined),
  /** `sigreport check` over the full build. */
  checkRatio: 0.5,
  /** Dev server, save → that report's page rewritten, in seconds. */
  savePage: (n: number) => (large(n) ? 0.5 : 0.3),
  /** Dev server, save → the whole site consistent again (reports.json rewritten), in seconds. */
  saveSite: (n: number) => (large(n) ? 3.0 : 1.0),
} as const;
