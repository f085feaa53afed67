// site.yaml's logo names a file in the content folder; a missing one would be a broken image on
// every page, so it is an error in `check`, not a surprise after the build.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { diagnostic } from "../diagnostics.ts";
import type { ArchiveCheck } from "./types.ts";

export const siteLogo: ArchiveCheck = ({ archive, files, display }) => {
  const logo = archive.site.logo;
  const site = files.find((f) => f.kind === "site");
  if (logo === undefined || site === undefined) return [];
  if (existsSync(path.join(path.dirname(site.abs), logo))) return [];
  const line = readFileSync(site.abs, "utf8").split("\n").findIndex((l) => /^logo\s*:/.test(l)) + 1;
  return [
    diagnostic("site-logo-missing", display(site.rel), {
      line: line || 1,
      column: 7,
      field: "logo",
      message: `The logo ${logo} is not in the content folder.`,
      expected: "an image file next to site.yaml or below it",
      found: "no such file",
    }),
  ];
};
