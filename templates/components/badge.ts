// A status badge: the text says the status; colour only repeats it.
import { type Html, html } from "../../src/site/html.ts";
import type { Badge } from "../../src/site/view-models/types.ts";

export function badge(b: Badge | undefined): Html {
  return b ? html`<span class="badge badge--${b.tone}">${b.label}</span>` : html``;
}
