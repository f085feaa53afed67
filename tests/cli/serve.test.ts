// `sigreport serve` as an editor uses it: the address it prints is where it answers, on this
// machine only, and a save with a content error leaves the last good pages served.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { appendFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { freePort, waitFor } from "../../bench/dev-server.ts";
import { copyExample } from "../helpers/content.ts";

const REPORT = "/groups/public-sector/2019-q2/";

it("prints the address it serves on, listens on 127.0.0.1, and keeps the last good site on a content error", async () => {
  const content = await copyExample();
  const out = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-serve-")), "site");
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--content", content, "--output", out, "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const get = async (url: string) => {
    const response = await fetch(url).catch(() => undefined);
    return response && { status: response.status, text: await response.text() };
  };
  try {
    // Where it serves is said on stderr with its progress; stdout stays for data.
    expect(await waitFor(async () => /Serving .* at (\S+) /.test(stderr), 90_000), stderr).toBe(true);
    const address = /Serving .* at (\S+) /.exec(stderr)![1]!;
    expect(address).toBe(`http://127.0.0.1:${port}/`);
    expect(await waitFor(async () => (await get(`${address}groups/public-sector/2019-q2/`))?.status === 200, 30_000)).toBe(true);
    expect((await get(address))?.status).toBe(200);
    // Not on another interface of this machine.
    const other = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal);
    if (other) expect(await get(`http://${other.address}:${port}/`)).toBeUndefined();

    const before = (await get(`${address}${REPORT.slice(1)}`))!.text;
    // One save: a change to the report's text, with a front-matter error.
    const file = path.join(content, "groups/public-sector/2019-Q2.md");
    await writeFile(file, `${(await readFile(file, "utf8")).replace("---\n", "---\nbad: [\n")}\nA change saved with an error.\n`);
    expect(await waitFor(async () => stderr.includes("the site shows the last version without errors"), 60_000), stderr).toBe(true);
    expect(stderr).toContain("2019-Q2.md");
    expect((await get(`${address}${REPORT.slice(1)}`))!.text).toBe(before);
  } finally {
    process.kill(-child.pid!, "SIGTERM");
  }
}, 180_000);

it("sigreport serve --port N, with N busy, prints the address it really serves on", async () => {
  const content = await copyExample();
  const out = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-serve-")), "site");
  const port = await freePort();
  const busy = createServer(() => undefined);
  await new Promise<void>((resolve) => busy.listen(port, "127.0.0.1", resolve));
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--content", content, "--output", out, "--port", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  try {
    expect(await waitFor(async () => /Serving .* at (\S+) /.test(stderr), 90_000), stderr).toBe(true);
    const address = new URL(/Serving .* at (\S+) /.exec(stderr)![1]!);
    expect(address.hostname).toBe("127.0.0.1");
    expect(Number(address.port)).not.toBe(port);
    expect((await fetch(address)).status).toBe(200);
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    busy.close();
  }
}, 180_000);

it("puts back a saved report's page written ahead of the whole load when a check across files then fails", async () => {
  const content = await copyExample();
  const out = path.join(await mkdtemp(path.join(tmpdir(), "sigreport-serve-")), "site");
  // The server itself, without the supervisor that restarts it on a change of sigreport's code
  // (the first test goes through it): a restart here would lose the last good site it is about.
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--content", content, "--output", out, "--port", String(await freePort())], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
    env: { ...process.env, SIGREPORT_SERVE_CHILD: "1" },
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const page = path.join(out, REPORT.slice(1), "index.html");
  const file = path.join(content, "groups/public-sector/2019-Q2.md");
  try {
    expect(await waitFor(async () => stderr.includes("Serving "), 90_000), stderr).toBe(true);
    // The file watcher finishes its first scan just after: a save before that is not seen.
    await new Promise((r) => setTimeout(r, 2000));
    // A good edit is on the page.
    await appendFile(file, "\nA first edit.\n");
    expect(await waitFor(async () => (await readFile(page, "utf8").catch(() => "")).includes("A first edit."), 60_000), stderr).toBe(true);
    // The rebuild over (its page is on disk first, in a few ms): a file watcher takes two changes
    // of one file within 5 ms for one (chokidar's throttle), which no editor's two saves are.
    expect(await waitFor(async () => (stderr.match(/wrote \d+ pages/g) ?? []).length >= 2, 60_000), stderr).toBe(true);
    const good = await readFile(page, "utf8");
    // The file alone is valid (so its page is written ahead), but its link finds no asset: an error of the archive's.
    await appendFile(file, "\n![A chart](assets/no-such-chart.png) A second edit.\n");
    expect(await waitFor(async () => stderr.includes("no-such-chart.png") && stderr.includes("the site shows the last version without errors"), 60_000), stderr).toBe(true);
    expect(await waitFor(async () => (await readFile(page, "utf8")) === good, 10_000), stderr).toBe(true);
  } finally {
    process.kill(-child.pid!, "SIGTERM");
  }
}, 180_000);
