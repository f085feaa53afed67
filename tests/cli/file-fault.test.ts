// A build that cannot write says why in one sentence, never with a stack trace (issue #17: a full
// disk printed Eleventy's stack and did not name the cause).
import { expect, it } from "vitest";
import { describeBuildFault } from "../../src/cli/file-fault.ts";

it.each([
  ["ENOSPC: ENOSPC: no space left on device, write", "the disk is full (writing /srv/_site.building-1/a/index.html). Free some space or give another folder than _site/ with --output, then build again."],
  ["EACCES: EACCES: permission denied, open", "sigreport is not allowed to write there (writing /srv/_site.building-1/a/index.html). Fix that or give another folder than _site/ with --output, then build again."],
  ["EROFS: EROFS: read-only file system, open", "the folder is on a read-only file system (writing /srv/_site.building-1/a/index.html). Fix that or give another folder than _site/ with --output, then build again."],
])("names the cause of %s", (fault, sentence) => {
  // As the file writer's thread reports it (src/site/file-writer.ts): the code only in the text.
  const error = new Error(`/srv/_site.building-1/a/index.html could not be written (${fault})`);
  expect(describeBuildFault(error, "_site")).toBe(sentence);
});

it("keeps the message of a fault that is not the file system's", () => {
  expect(describeBuildFault(new Error("Pagefind found no pages"), "_site")).toBe("Pagefind found no pages");
});

it("reads the code of a Node error object, with its path in quotes", () => {
  const error = Object.assign(new Error("ENOSPC: no space left on device, mkdir '/srv/_site.building-1'"), { code: "ENOSPC" });
  expect(describeBuildFault(error, "_site")).toBe("the disk is full (writing /srv/_site.building-1). Free some space or give another folder than _site/ with --output, then build again.");
});
