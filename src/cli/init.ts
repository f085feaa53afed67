// `sigreport init [dir]`: makes a foundation's own site repository, which depends on sigreport as
// a package instead of forking it: package.json, content/site.yaml, an example group and report,
// the GitHub workflows, .gitignore and a README for the site's maintainers. The files come from
// the package's starter/ folder; only package.json and site.yaml are written from the answers.
//
// It never overwrites: if any file it would write exists, it writes nothing at all, so running it
// in the wrong folder costs nothing. It asks for the title, url and repository only on a terminal;
// in a script (stdin not a TTY) it takes the flags or leaves placeholders, and says so.
import { readdir } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import YAML from "yaml";
import { absoluteUrl } from "../model/fields.ts";
import { packageVersion, starterDir } from "../package-paths.ts";
import { type ParsedArgs, optionValue } from "./args.ts";
import { type Io, UsageError } from "./io.ts";
import { shown, writeNewFile } from "./write-new-file.ts";


/** Asks each question in turn and gives the answers in the same order ("" for none). */
export type Ask = (questions: readonly string[]) => Promise<string[]>;

const SETTINGS = [
  { name: "title", question: "Site title", placeholder: "Community group reports", example: "Example Foundation group reports", unset: "the site is called \"Community group reports\"" },
  { name: "url", question: "Site address, e.g. https://<owner>.github.io/<repository>/", placeholder: "https://<owner>.github.io/<repository>/", example: "https://<owner>.github.io/<repository>/", unset: "the Atom feeds and the sitemap are not written" },
  { name: "repository", question: "GitHub repository, e.g. https://github.com/<owner>/<repository>", placeholder: "https://github.com/<owner>/<repository>", example: "https://github.com/<owner>/<repository>", unset: "report pages have no \"Edit this page\" link" },
] as const;
type Setting = (typeof SETTINGS)[number]["name"];

export async function init(args: ParsedArgs, io: Io, ask: Ask | undefined = askOnTerminal()): Promise<number> {
  if (args.positionals.length > 1) throw new UsageError(`init takes one folder; got ${args.positionals.join(", ")}.`);
  const dir = args.positionals[0] ?? ".";

  const given = new Map<Setting, string>();
  for (const s of SETTINGS) {
    const value = optionValue(args, s.name);
    if (value !== undefined) given.set(s.name, value);
  }
  const missing = SETTINGS.filter((s) => !given.has(s.name));
  if (ask && missing.length > 0) {
    const answers = await ask(missing.map((s) => `${s.question} (Enter to leave for later): `));
    missing.forEach((s, i) => {
      const answer = answers[i]?.trim();
      if (answer) given.set(s.name, answer);
    });
  }
  for (const name of ["url", "repository"] as const) {
    const value = given.get(name);
    if (value !== undefined && !absoluteUrl().safeParse(value).success) {
      io.err(`--${name}: expected a web address starting with https://, found ${JSON.stringify(value)}.`);
      return 2;
    }
  }

  const files = [...(await starterFiles(given.get("title"))), ...generatedFiles(dir, given)].map((f) => ({ ...f, target: path.join(dir, f.rel) }));
  const existing = files.filter((f) => existsSync(f.target));
  if (existing.length > 0) {
    io.err(
      [
        `Nothing was written: ${existing.length === 1 ? "this file exists" : "these files exist"} already, and init never overwrites a file.`,
        ...existing.map((f) => `  ${shown(f.target)}`),
        "Run init in a new or empty folder: npx sigreport init my-reports",
      ].join("\n"),
    );
    return 2;
  }
  for (const f of files) {
    const outcome = await writeNewFile(f.target, f.text);
    if (!outcome.written) {
      io.err(`${shown(outcome.existing)} appeared while init was writing; it was left alone. Nothing after it was written.`);
      return 2;
    }
  }

  const unset = SETTINGS.filter((s) => !given.has(s.name));
  const site = shown(path.join(dir, "content", "site.yaml"));
  io.out(`Made a sigreport site repository in ${shown(path.resolve(dir))}/ (${files.length} files).`);
  if (unset.length > 0) {
    io.err(
      [
        `Warning: ${site} has no ${unset.map((s) => s.name).join(", ")} yet; until then:`,
        ...unset.map((s) => `  ${s.name}: ${s.unset} (set it, e.g. ${s.name}: ${s.example})`),
      ].join("\n"),
    );
  }
  io.out(
    [
      "",
      "Next:",
      ...(dir === "." ? [] : [`  cd ${dir}`]),
      "  npm install",
      "  npx sigreport serve        # the site on http://localhost:8080/",
      "Then read README.md for what to set on GitHub (Pages, permissions) before the first push.",
    ].join("\n"),
  );
  return 0;
}

interface NewFile {
  rel: string;
  text: string;
}

/**
 * The starter/ folder, copied as it is. npm leaves .gitignore out of packages and dot-folders are
 * easy to lose, so a leading "_" in a starter name stands for the dot (_github/ → .github/).
 */
async function starterFiles(title: string | undefined): Promise<NewFile[]> {
  const names = (await readdir(starterDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return names
    .map((entry) => path.relative(starterDir, path.join(entry.parentPath, entry.name)))
    .sort()
    .map((rel) => {
      let text = readFileSync(path.join(starterDir, rel), "utf8");
      // The maintainers' README is headed by the site's own name.
      if (rel === "README.md" && title) text = text.replace(/^# .*$/m, `# ${title}`);
      return { rel: rel.replace(/^_/, "."), text };
    });
}

function generatedFiles(dir: string, given: ReadonlyMap<Setting, string>): NewFile[] {
  const manifest = {
    name: packageName(path.basename(path.resolve(dir))),
    private: true,
    type: "module",
    description: "Our community groups' quarterly reports, published with sigreport.",
    scripts: { check: "sigreport check", build: "sigreport build", start: "sigreport serve", due: "sigreport due" },
    dependencies: { sigreport: `^${packageVersion()}` },
  };
  const lines = [
    "# The site's settings; every field is described in node_modules/sigreport/docs/report-format.md.",
    YAML.stringify({ title: given.get("title") ?? SETTINGS[0].placeholder }).trimEnd(),
    "description: Quarterly reports of our community groups.",
  ];
  for (const s of SETTINGS.slice(1)) {
    const value = given.get(s.name);
    lines.push(value === undefined ? `# ${s.name}: ${s.placeholder}  # unset: ${s.unset}` : YAML.stringify({ [s.name]: value }).trimEnd());
  }
  return [
    { rel: "package.json", text: `${JSON.stringify(manifest, null, 2)}\n` },
    { rel: path.join("content", "site.yaml"), text: `${lines.join("\n")}\n` },
  ];
}

/** npm's rules for a package name: lower case, URL-safe, not starting with a dot or underscore. */
function packageName(folder: string): string {
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|-+$/g, "");
  return name || "sigreport-site";
}

function askOnTerminal(): Ask | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (questions) => {
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    // The iterator keeps lines typed (or pasted) ahead of their question; question() would lose them.
    const lines = terminal[Symbol.asyncIterator]();
    try {
      const answers: string[] = [];
      for (const question of questions) {
        process.stdout.write(question);
        const line = await lines.next();
        answers.push(line.done ? "" : String(line.value));
      }
      return answers;
    } finally {
      terminal.close();
    }
  };
}
