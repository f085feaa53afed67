// Every page kind's render function, keyed as the page table (src/site/page-table.ts) names them.
// `satisfies` makes the compiler check both ways: no kind without a renderer, no renderer whose
// page is not the kind's view.
import type { Renderers } from "../src/site/page-table.ts";
import * as digest from "./pages/digest.ts";
import * as feed from "./pages/feed.ts";
import * as group from "./pages/group.ts";
import * as groups from "./pages/groups.ts";
import * as home from "./pages/home.ts";
import * as notFound from "./pages/not-found.ts";
import * as organization from "./pages/organization.ts";
import * as organizations from "./pages/organizations.ts";
import * as people from "./pages/people.ts";
import * as person from "./pages/person.ts";
import * as quarter from "./pages/quarter.ts";
import * as quarters from "./pages/quarters.ts";
import * as redirect from "./pages/redirect.ts";
import * as report from "./pages/report.ts";
import * as reportsJson from "./pages/reports-json.ts";
import * as schema from "./pages/schema.ts";
import * as search from "./pages/search.ts";
import * as sitemap from "./pages/sitemap.ts";
import * as status from "./pages/status.ts";
import * as tag from "./pages/tag.ts";
import * as tags from "./pages/tags.ts";
import * as workProducts from "./pages/work-products.ts";

export const renderers = {
  home: home.render,
  groups: groups.render,
  group: group.render,
  report: report.render,
  quarters: quarters.render,
  quarter: quarter.render,
  people: people.render,
  person: person.render,
  organizations: organizations.render,
  organization: organization.render,
  workProducts: workProducts.render,
  tags: tags.render,
  tag: tag.render,
  status: status.render,
  search: search.render,
  notFound: notFound.render,
  redirect: redirect.render,
  feed: feed.render,
  groupFeed: feed.render,
  sitemap: sitemap.render,
  schema: schema.render,
  reportsJson: reportsJson.render,
  digestMarkdown: digest.renderMarkdown,
  digestText: digest.renderText,
  // A calendar is a ready-made file, as a schema is.
  calendar: schema.render,
  groupCalendar: schema.render,
} satisfies Renderers;
