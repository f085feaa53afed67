// Attendance over the quarters as a line chart: inline SVG made at build time (no script, prints,
// scales to the column). The chart has an accessible name, and its figures are also given as a
// visually hidden table, so a screen reader reads the numbers rather than a picture of them.
import { type Html, html } from "../html.ts";
import { type Point, niceTicks, pathWithGaps, round } from "./geometry.ts";

export interface Series {
  name: string;
  /** CSS modifier for the line's colour and dash: `line-chart__series--<style>`. */
  style: "primary" | "secondary";
  values: readonly (number | undefined)[];
}

export interface LineChartInput {
  title: string;
  /** One label per x position, e.g. "Q2 2019". */
  labels: readonly string[];
  series: readonly Series[];
  /** Heading of the label column of the hidden table. */
  labelHeading: string;
}

const W = 640;
const H = 260;
const LEFT = 40;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 48;

export function lineChart({ title, labels, series, labelHeading }: LineChartInput): Html {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== undefined));
  if (all.length === 0 || labels.length === 0) return html``;
  const ticks = niceTicks(Math.max(...all));
  const max = ticks.at(-1)!;
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const x = (i: number) => (labels.length > 1 ? LEFT + (i * plotW) / (labels.length - 1) : LEFT + plotW / 2);
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  // Label at most ~8 quarters on the axis so the text never overlaps; the table has them all.
  const every = Math.max(1, Math.ceil(labels.length / 8));

  const grid = ticks.map(
    (t) =>
      html`<g class="line-chart__tick"><line x1="${LEFT}" x2="${W - RIGHT}" y1="${round(y(t))}" y2="${round(y(t))}"/><text x="${LEFT - 6}" y="${round(y(t))}" text-anchor="end" dominant-baseline="middle">${t}</text></g>`,
  );
  // Every other shown label is "minor": a phone hides those, as its text is larger.
  const xLabels = labels.map((label, i) =>
    i % every === 0 || i === labels.length - 1
      ? html`<text class="line-chart__label${(i / every) % 2 === 1 && labels.length > 2 ? " line-chart__label--minor" : ""}" x="${round(x(i))}" y="${H - BOTTOM + 28}" text-anchor="${labels.length > 1 && i === 0 ? "start" : labels.length > 1 && i === labels.length - 1 ? "end" : "middle"}">${label}</text>`
      : "",
  );
  const lines = series.map((s) => {
    const points = s.values.map((v, i): Point | undefined => (v === undefined ? undefined : { x: x(i), y: y(v) }));
    return html`<g class="line-chart__series line-chart__series--${s.style}"><path d="${pathWithGaps(points)}" fill="none"/>${points.map((p, i) =>
      p ? html`<circle cx="${round(p.x)}" cy="${round(p.y)}" r="4"><title>${s.name}, ${labels[i]}: ${s.values[i]}</title></circle>` : "",
    )}</g>`;
  });

  return html`<figure class="chart">
<svg class="line-chart" viewBox="0 0 ${W} ${H}" role="img" focusable="false"><title>${title}</title>${grid}${xLabels}${lines}</svg>
<figcaption class="chart__legend">${series.map((s) => html`<span class="chart__key chart__key--${s.style}">${s.name}</span>`)}</figcaption>
<table class="visually-hidden"><caption>${title}</caption><thead><tr><th scope="col">${labelHeading}</th>${series.map((s) => html`<th scope="col">${s.name}</th>`)}</tr></thead><tbody>${labels.map(
    (label, i) => html`<tr><th scope="row">${label}</th>${series.map((s) => html`<td>${s.values[i] ?? "no figure"}</td>`)}</tr>`,
  )}</tbody></table>
</figure>`;
}
