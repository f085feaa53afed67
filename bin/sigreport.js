#!/usr/bin/env node
// The installed command: sigreport is TypeScript run through tsx, so there is no build step to forget.
import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/cli/main.ts");
process.exitCode = await run(process.argv.slice(2));
