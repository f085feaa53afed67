// Shared arithmetic of the build-time charts: nice axis maxima and paths with gaps.

/** Axis ticks from 0 to at least `max` in a round step (1, 2 or 5 times a power of ten), about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  // Participants are whole people: never a fractional step.
  const whole = Math.max(1, Math.round(step));
  const top = Math.ceil(max / whole) * whole;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += whole) ticks.push(t);
  return ticks;
}

export interface Point {
  x: number;
  y: number;
}

/** An SVG path through the points; undefined values break the line (a quarter without a figure). */
export function pathWithGaps(points: readonly (Point | undefined)[]): string {
  let d = "";
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${round(p.x)} ${round(p.y)}`;
    pen = true;
  }
  return d;
}

export const round = (n: number) => Math.round(n * 10) / 10;
