// Helpers for driving `sigreport serve` from the bench and from tests: a free port to serve on,
// polling until the server has written what is awaited, and the bench's two dev-server figures.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, open, readFile, stat } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 10 ms; false if it has not held within `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, everyMs = 10): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface SaveTimes {
  /** Save → the saved report's page carries the change, seconds. */
  page: number[];
  /** Save → reports.json rewritten with the change (the last write of the rebuild), seconds. */
  site: number[];
  /** Why the saves stopped early, if they did; the times taken until then are kept. */
  problem?: string;
}

/**
 * reports.json is the whole archive (170 MB at 10,000 reports), so it is not read on every poll:
 * its size and mtime are, and once they hold still for 300 ms after the save it is read once. The
 * figure is its final mtime less the save time, so polling adds nothing to it.
 */
async function reportsJsonRewritten(file: string, savedAt: number, marker: string, timeoutMs: number): Promise<number | undefined> {
  const until = Date.now() + timeoutMs;
  let last = "";
  let stillSince = 0;
  while (Date.now() < until) {
    const s = await stat(file).catch(() => undefined);
    const key = s ? `${s.size}:${s.mtimeMs}` : "";
    if (s && s.mtimeMs >= savedAt - 5) {
      if (key !== last) {
        last = key;
        stillSince = Date.now();
      } else if (Date.now() - stillSince >= 300) {
        const text = await readFile(file, "utf8");
        if (text.includes(marker) && text.endsWith("]}")) return (s.mtimeMs - savedAt) / 1000;
        stillSince = Date.now();
      }
    }
    await sleep(20);
  }
  return undefined;
}

/** Whether reports.json is whole: streamed in pieces, it exists long before its closing `]}`. */
async function endsComplete(file: string): Promise<boolean> {
  const handle = await open(file, "r").catch(() => undefined);
  if (!handle) return false;
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(2);
    await handle.read(tail, 0, 2, Math.max(0, size - 2));
    return tail.toString() === "]}";
  } finally {
    await handle.close();
  }
}

/**
 * Starts `sigreport serve` (node + `nodeArgs` + serve …) over `content`, then saves one report
 * `saves` times, each time timing its page and then the whole site, and letting the server idle
 * a second before the next save. Returns the times, and why it stopped if it could not take them all.
 */
export async function measureDevServer(repo: string, nodeArgs: string[], content: string, out: string, saves: number): Promise<SaveTimes> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, "serve", "--content", content, "--output", out, "--port", String(port)], {
    cwd: repo,
    stdio: "ignore",
    detached: true,
  });
  const page = path.join(out, "groups/group-001/2010-q1/index.html");
  const json = path.join(out, "reports.json");
  const report = path.join(content, "groups/group-001/2010-Q1.md");
  try {
    const times: SaveTimes = { page: [], site: [] };
    // The first build must be over before the first save: its last write is reports.json's end.
    if (!(await waitFor(async () => existsSync(page) && (await endsComplete(json)), 900_000, 200))) return { ...times, problem: "the dev server wrote no whole site within 900 s" };
    await sleep(3000);
    for (let i = 0; i < saves; i++) {
      const marker = `Benchmark marker ${Date.now()}-${i}`;
      const savedAt = Date.now();
      const started = performance.now();
      await appendFile(report, `\n${marker}\n`);
      const ok = await waitFor(async () => (await readFile(page, "utf8").catch(() => "")).includes(marker), 120_000);
      if (!ok) return { ...times, problem: `save ${i + 1}: the saved report's page was not rewritten within 120 s` };
      times.page.push((performance.now() - started) / 1000);
      const site = await reportsJsonRewritten(json, savedAt, marker, 600_000);
      if (site === undefined) return { ...times, problem: `save ${i + 1}: reports.json was not rewritten with the change within 600 s${child.exitCode === null ? "" : " (the server exited)"}` };
      times.site.push(site);
      await sleep(1000);
    }
    return times;
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}
