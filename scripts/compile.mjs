// `npm run compile`, and npm's `prepare` (run on `npm ci` in a checkout, `npm pack`, `npm publish`):
// the published JavaScript in dist/. tsc compiles src/ and templates/; what
// tsc does not carry (the workers' plain .mjs entries, the site's CSS and browser script) is copied
// beside it, so the compiled code finds them where the sources do. dist/ starts empty each time:
// a module deleted from src/ must not linger in the package.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
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
