// The list under "Planned Work Products" becomes `workProducts`, one per item, so the site can
// follow each from quarter to quarter. The item's whole text is its title (nothing is lost; the
// chair shortens it, and keeps the short title from then on).
import type { WorkProduct } from "../model/schema.ts";
import { type Block, blockText } from "./blocks.ts";
import { statusFromText } from "./work-product-status.ts";

export function isListItem(block: Block): boolean {
  return block.marker !== undefined;
}

export function workProductOf(block: Block): WorkProduct {
  const text = blockText(block);
  return { title: text.replace(/\.$/, ""), status: statusFromText(text) };
}
