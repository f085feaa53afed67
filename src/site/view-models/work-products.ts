// Every work product of every group, with its current status and how it got there.
import { dueLabel, statusBadge } from "../format.ts";
import { href, urls } from "../urls.ts";
import type { ViewContext } from "./context.ts";
import type { Badge, LinkView, PageView } from "./types.ts";

export interface WorkProductView {
  title: string;
  href: string;
  current: Badge;
  owner?: string | undefined;
  dueLabel?: string | undefined;
  note?: string | undefined;
  notInLatest: boolean;
  history: { quarterLabel: string; href: string; status: Badge }[];
}

export interface WorkProductsPageView extends PageView {
  groups: { group: LinkView; id: string; items: WorkProductView[] }[];
  total: number;
}

export function workProductsPage(ctx: ViewContext): WorkProductsPageView {
  const groups = ctx.archive.groups
    .map((group) => ({
      group: { label: group.name, href: href(urls.group(group.slug)) },
      id: `group-${group.slug}`,
      items: (ctx.index.workProducts.get(group) ?? []).map(
        (h): WorkProductView => ({
          title: h.title,
          href: href(urls.group(group.slug), h.slug),
          current: statusBadge(h.status),
          owner: h.current.owner,
          dueLabel: h.current.due === undefined ? undefined : dueLabel(h.current.due, ctx.locale),
          note: h.current.note,
          notInLatest: !h.inLatestReport && !h.finished,
          history: h.entries.map((e) => ({ quarterLabel: e.report.quarter.label, href: href(urls.report(e.report)), status: statusBadge(e.item.status) })),
        }),
      ),
    }))
    .filter((g) => g.items.length > 0);
  return {
    url: urls.workProducts,
    permalink: "/work-products/index.html",
    title: "Work products",
    description: "Every work product of every group, with its current status and history.",
    nav: "work-products",
    crumbs: [{ label: "Home", href: urls.home }, { label: "Work products" }],
    groups,
    total: groups.reduce((n, g) => n + g.items.length, 0),
  };
}
