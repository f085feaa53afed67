// `sigreport new-group <slug> --name "…"`: creates groups/<slug>/index.md, the file every report
// of the group needs (its name and chairs), so a new group's first report checks clean.
import path from "node:path";
import { groupIndexText } from "../draft/new-group.ts";
import { groupDraftErrors } from "../draft/verify-draft.ts";
import { GROUP_SLUG } from "../model/fields.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { type Io, UsageError } from "./io.ts";
import { shown, writeNewFile } from "./write-new-file.ts";

export async function newGroup(args: ParsedArgs, io: Io): Promise<number> {
  const [slug, ...extra] = args.positionals;
  if (slug === undefined) throw new UsageError("Give the group's folder name, e.g. sigreport new-group public-sector --name \"Public Sector SIG\".");
  if (extra.length > 0) throw new UsageError(`new-group takes one slug; got ${args.positionals.join(", ")}.`);
  if (!GROUP_SLUG.test(slug)) {
    const suggestion = slug.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    throw new UsageError(
      `${JSON.stringify(slug)} is not a group slug: expected lower-case letters, digits and single hyphens${suggestion ? `, e.g. ${suggestion}` : ""}.`,
    );
  }
  const name = optionValue(args, "name");
  if (name === undefined) throw new UsageError(`--name is required: the group's display name, e.g. --name "Public Sector SIG".`);
  const contentDir = optionValue(args, "content") ?? "content";
  const file = path.join(contentDir, "groups", slug, "index.md");

  const draft = groupIndexText(
    { name, kind: optionValue(args, "kind"), established: optionValue(args, "established"), meets: optionValue(args, "meets") },
    shown(file),
  );
  if (!draft.ok) {
    const option = (field: string | undefined) => `--${field ?? "?"}`;
    io.err(draft.diagnostics.map((d) => `${option(d.field)}: ${d.message}${d.hint ? `\n    hint: ${d.hint}` : ""}`).join("\n"));
    return 2;
  }
  const problems = groupDraftErrors(draft.text, shown(file));
  if (problems.length > 0) throw new Error(`the new group file would not pass check: ${problems.map((d) => d.message).join("; ")}`);

  const outcome = await writeNewFile(file, draft.text);
  if (!outcome.written) {
    io.err(`${shown(outcome.existing)} already exists; new-group never overwrites a group. Edit that file instead.`);
    return 1;
  }
  io.out(
    [
      `Wrote ${shown(file)} for ${name}.`,
      "",
      "Next:",
      `  1. Open it and replace the line that starts with "Replace this line" with a description of the group; add chairs: and links: if you like.`,
      `  2. Start the group's first report: npx sigreport new ${slug}${contentDir === "content" ? "" : ` --content ${contentDir}`}`,
    ].join("\n"),
  );
  return 0;
}
