// Preloaded (--import) into each measured Node process, worker threads included. Writes to
// $BENCH_PROBE_FILE, one line each: "peak <bytes>" on exit (the process's peak resident memory,
// threads included), and "first-read <epoch ms>" when this thread first reads a report file
// (groups/<group>/<YYYY-Qn>.md): the bench subtracts the spawn time to get start-up.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const file = process.env.BENCH_PROBE_FILE;
const REPORT = /[/\\]groups[/\\][^/\\]+[/\\]\d{4}-Q[1-4]\.md$/;

if (file) {
  let seen = false;
  const note = (target) => {
    if (seen) return;
    const p = typeof target === "string" ? target : target instanceof URL ? target.pathname : Buffer.isBuffer(target) ? target.toString() : "";
    if (!REPORT.test(p)) return;
    seen = true;
    fs.appendFileSync(file, `first-read ${performance.timeOrigin + performance.now()}\n`);
  };
  const wrap = (owner, name) => {
    const original = owner[name];
    owner[name] = function (target, ...rest) {
      note(target);
      return original.call(this, target, ...rest);
    };
  };
  wrap(fs, "readFileSync");
  wrap(fs, "readFile");
  wrap(fs, "openSync");
  wrap(fs, "open");
  wrap(fs, "createReadStream");
  wrap(fs.promises, "readFile");
  wrap(fs.promises, "open");
  // ES modules import node:fs and node:fs/promises as bindings: make them see the wrappers.
  syncBuiltinESMExports();
  process.on("exit", () => fs.appendFileSync(file, `peak ${process.resourceUsage().maxRSS * 1024}\n`));
}
