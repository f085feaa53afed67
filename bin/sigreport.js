#!/usr/bin/env node
// The installed command runs the compiled JavaScript in dist/: no TypeScript loader at run time.
// dist/ is built by `npm run prepare`, which npm runs on `npm ci` in a checkout and before packing.
const { run } = await import("../dist/src/cli/main.js");
process.exitCode = await run(process.argv.slice(2));
