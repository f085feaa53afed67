// Starts Pagefind's search UI on /search/ and runs the query the header's search form sent as ?q=.
// A file, not an inline script: every page's Content-Security-Policy forbids inline script.
// Where the index lives comes from the page (data-bundle, data-base-url), so a site built under a
// path prefix finds its index and links its results under that prefix.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root) return;
  if (typeof window.PagefindUI !== "function") {
    root.textContent = "Search is not available: this site was built without its search index.";
    return;
  }
  var ui = new window.PagefindUI({
    element: "#search",
    bundlePath: root.getAttribute("data-bundle"),
    baseUrl: root.getAttribute("data-base-url"),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "Search reports, groups and people" },
    // A report is long and a presenter's page short; without this, Pagefind's length
    // normalisation ranks the short pages that repeat a report's sessions above the report itself.
    ranking: { pageLength: 0 },
    // Show which group and quarter a report is from beside its title.
    processResult: function (result) {
      var meta = result.meta || {};
      var where = [meta.group, meta.quarter].filter(function (part) {
        return part && part !== meta.title;
      });
      if (where.length > 0) meta.title = meta.title + " — " + where.join(", ");
      return result;
    },
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    var header = document.getElementById("search-q");
    if (header) header.value = query;
    ui.triggerSearch(query);
  }
})();
