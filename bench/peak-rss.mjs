// Preloaded into each measured Node process: on exit, writes the process's peak resident memory
// (worker threads included) to $SIGREPORT_PEAK_FILE, so the bench needs no /usr/bin/time.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.SIGREPORT_PEAK_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
