// `npm run compile`, and npm's `prepare` (run on `npm ci` in a checkout, `npm pack`, `npm publish`):
// the published JavaScript in dist/. tsc compiles src/ and templates/; what
// tsc does not carry (the workers' plain .mjs entries, the site's CSS and browser script) is copied
// beside it, so the compiled code finds them where the sources do. dist/ starts empty each time:
// a module deleted from src/ must not linger in the package.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = path.join(root, "dist");

// npm may run `prepare` in an installed copy too (a tarball or git dependency whose scripts were
// allowed); that copy has dist/ already and no sources to compile.
if (!existsSync(path.join(root, "tsconfig.build.json"))) process.exit(0);

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });
const filesUnder = (dir) => readdirSync(path.join(root, dir), { recursive: true }).map((name) => path.join(dir, name));
const copied = [...filesUnder("src").filter((file) => file.endsWith(".mjs")), ...filesUnder("templates/assets")];
for (const file of copied) {
  if (statSync(path.join(root, file)).isFile()) cpSync(path.join(root, file), path.join(dist, file));
}

// The dependencies every command imports at start-up, each made one module in dist/vendor/, which the
// compiled code imports instead of the package. Node resolves and compiles an ES module file by file:
// zod is ~450 of them, markdown-it ~200, and loading them took ~0.1 s on the main thread and again in
// every load worker before the first report was read (one file each: zod 52 → 23 ms, markdown-it
// 45 → 9 ms). The packages stay dependencies: their types, and a copy for code that imports them.
const VENDORED = ["zod", "markdown-it", "js-yaml"];
const { build } = await import("esbuild");
for (const name of VENDORED) {
  const hasDefault = "default" in (await import(name));
  await build({
    stdin: { contents: `export * from "${name}";${hasDefault ? ` export { default } from "${name}";` : ""}`, resolveDir: root, loader: "js" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "inline",
    outfile: path.join(dist, "vendor", `${name}.js`),
    logLevel: "error",
  });
}
const bare = new RegExp(`(from |import\\()"(${VENDORED.join("|")})"`, "g");
for (const file of filesUnder("dist").filter((file) => file.endsWith(".js") && !file.startsWith(path.join("dist", "vendor")))) {
  const abs = path.join(root, file);
  const code = readFileSync(abs, "utf8");
  const vendored = code.replace(bare, (_, how, name) => `${how}"${path.relative(path.dirname(abs), path.join(dist, "vendor", `${name}.js`)).split(path.sep).join("/")}"`);
  if (vendored !== code) writeFileSync(abs, vendored);
}
