// The reporting-cycle fixture: a quarterly group (Finance SIG, the site's 30-day offset, a review
// with two questions), a half-yearly one (Trade Finance SIG, 45 days, an extension for Q4 2019)
// and a yearly one (Annual WG, 60 days).
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main.ts";
import type { ReminderJson } from "../../src/cli/remind.ts";
import { captureIo } from "./content.ts";

export const CYCLE_CONTENT = path.resolve("tests/fixtures/cycle/content");

export async function copyCycle(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "sigreport-cycle-"));
  await cp(CYCLE_CONTENT, dir, { recursive: true });
  return dir;
}

/** `sigreport remind --format json` on `date`, parsed. */
export async function remindJson(date: string, content = CYCLE_CONTENT): Promise<ReminderJson[]> {
  const io = captureIo();
  const code = await run(["remind", "--content", content, "--date", date, "--format", "json"], io);
  if (code !== 0) throw new Error(`remind exited ${code}: ${io.stderr()}`);
  return JSON.parse(io.stdout()) as ReminderJson[];
}
