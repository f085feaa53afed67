// Templates are TypeScript template literals tagged `html`: every interpolated value is escaped
// unless it is already Html (rendered by our Markdown renderer or another `html` template). Safe by
// default, so a report's `<script>` can only ever print as text.
import { compactString } from "../compact-strings.ts";

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most values have nothing to escape; testing first skips building a new string for them.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** The same markup as one flat string, for markup kept long (see ../compact-strings.ts). */
export function compactHtml(markup: Html): Html {
  return new Html(compactString(markup.value));
}

/** Marks HTML we produced ourselves (sanitised Markdown output, generated SVG) as safe to insert. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Joins parts with a separator, escaping what needs it. */
export function join(parts: readonly Interpolation[], separator: Interpolation = ""): Html {
  return new Html(parts.map(render).join(render(separator)));
}
