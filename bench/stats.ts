// The bench's arithmetic and wording, apart from the timing so it can be unit-tested: medians and
// spread of repeated runs, ratios against a target marked PASS or MISS, and memory growth with N.

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("median of no values");
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function spread(xs: readonly number[]): Spread {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length };
}

export const seconds = (s: number): string => `${s.toFixed(2)} s`;
export const millis = (s: number): string => `${Math.round(s * 1000)} ms`;

/** "3.98 s (3.80–4.21)": the median first, then the range over the runs, when there are several. */
export function formatSpread(sp: Spread, unit: (x: number) => string = seconds): string {
  if (sp.runs < 2) return unit(sp.median);
  const bare = (x: number) => unit(x).replace(/ m?s$/, "");
  return `${unit(sp.median)} (${bare(sp.min)}–${bare(sp.max)})`;
}

export function mib(bytes: number | undefined): string {
  return bytes === undefined ? "n/a" : `${Math.round(bytes / 1024 / 1024).toLocaleString("en")} MiB`;
}

export type Verdict = "PASS" | "MISS";

/** Every target of the issue is an upper bound: the figure passes when it is at most the limit. */
export const verdict = (value: number, limit: number): Verdict => (value <= limit ? "PASS" : "MISS");

/** One target line: `label  value  target ≤ limit: PASS`, or the bare figure when there is no target here. */
export function targetLine(label: string, value: string, target?: { limit: string; pass: boolean; note?: string }): string {
  const head = `${label.padEnd(50)} ${value.padStart(10)}`;
  if (!target) return `${head}  (reported, no target)`;
  return `${head}  target ≤ ${target.limit}: ${target.pass ? "PASS" : "MISS"}${target.note ? ` (${target.note})` : ""}`;
}

export function ratioLine(label: string, numerator: number, denominator: number, limit?: number, note?: string): string {
  const ratio = numerator / denominator;
  const value = `${ratio.toFixed(2)}×`;
  return targetLine(label, value, limit === undefined ? undefined : { limit: `${limit.toFixed(2)}×`, pass: ratio <= limit, note });
}

export interface MemoryPoint {
  n: number;
  bytes: number;
}

/**
 * How peak memory grows with N between the smallest and largest N measured, as the exponent k in
 * bytes ∝ N^k (log–log slope): below 1 is sub-linear. Undefined with fewer than two sizes.
 */
export function growthExponent(points: readonly MemoryPoint[]): number | undefined {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || first.n === last.n) return undefined;
  return Math.log(last.bytes / first.bytes) / Math.log(last.n / first.n);
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * Memory added per 1,000 reports between consecutive sizes: a fixed start-up cost makes k < 1
 * even for a build whose cost per report is constant, so this shows whether each report costs less
 * at larger N. Undefined with fewer than two sizes.
 */
export function marginalPerThousand(points: readonly MemoryPoint[]): { from: number; to: number; bytes: number }[] | undefined {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  if (sorted.length < 2) return undefined;
  return sorted.slice(1).map((p, i) => ({ from: sorted[i]!.n, to: p.n, bytes: ((p.bytes - sorted[i]!.bytes) * 1000) / (p.n - sorted[i]!.n) }));
}
