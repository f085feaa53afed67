// /people/: everyone who presented.
import type { SiteViews } from "../../src/site/view-models/site-views.ts";
import { directory } from "../components/directory.ts";
import { base } from "../layouts/base.ts";

export function render(views: SiteViews): string {
  return base(views.layout, views.peopleIndex, directory(views.peopleIndex));
}
