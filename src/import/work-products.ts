// The list under "Planned Work Products" becomes `workProducts`, one per item, so the site can
// follow each from quarter to quarter. The item's whole text is its title (nothing is lost; the
// chair shortens it, and keeps the short title from then on).
import type { WorkProduct } from "../model/schema.ts";
import { type Block, blockText } from "./blocks.ts";
import { statusFromText } from "./work-product-status.ts";

/** A short list item that is not a question: "1. What is planned?" is the template's, not work. */
export function isWorkProductItem(block: Block): boolean {
  return block.marker !== undefined && !/\?\s*$/.test(blockText(block)) && blockText(block).length <= 200;
}

export function workProductOf(block: Block): WorkProduct {
  const text = blockText(block);
  return { title: text.replace(/\.$/, ""), status: statusFromText(text) };
}
