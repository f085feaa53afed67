// A share (0–1) as a small horizontal bar. The page forbids style="" (CSP), so widths that come
// from data are drawn in SVG; the percentage is always printed beside it in text.
import { type Html, html } from "../html.ts";
import { round } from "./geometry.ts";

export function shareBar(share: number): Html {
  const width = round(Math.min(1, Math.max(0, share)) * 100);
  return html`<svg class="share-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="share-bar__track" width="100" height="8" rx="4"/><rect class="share-bar__fill" width="${width}" height="8" rx="4"/></svg>`;
}
