import { expect, it } from "vitest";
import { renderMarkdown } from "../../src/load/markdown.ts";
import { html } from "../../src/site/html.ts";
import { addPathPrefix } from "../../src/site/path-prefix.ts";

it("prefixes root-absolute href, src and action, and nothing else", () => {
  const page = '<a href="/groups/x/">x</a><script src="/assets/search.js"></script><form action="/search/"></form>'
    + '<a href="//elsewhere.example/">e</a><a href="https://example.org/">o</a><a href="#top">t</a><a data-href="/no/">n</a>';
  expect(addPathPrefix(page, "/sig/")).toBe(
    '<a href="/sig/groups/x/">x</a><script src="/sig/assets/search.js"></script><form action="/sig/search/"></form>'
      + '<a href="//elsewhere.example/">e</a><a href="https://example.org/">o</a><a href="#top">t</a><a data-href="/no/">n</a>',
  );
  expect(addPathPrefix(page, "/")).toBe(page);
});

it("prefixes a report's own Markdown links, as a reader would follow them", () => {
  expect(addPathPrefix(renderMarkdown("See [the groups](/groups/)."), "/sig/")).toContain('<a href="/sig/groups/">');
});

it("never treats text a report supplies as an attribute", () => {
  const text = 'a <a href="/evil">link</a> written as text';
  const page = html`<p title="${text}">${text}</p>`.toString() + renderMarkdown(`\`<img src="/x">\` and ${text}`);
  expect(addPathPrefix(page, "/sig/")).toBe(page);
});
