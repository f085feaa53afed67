import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Piece } from "../../src/site/reused-pieces.ts";
import { pageWriter } from "../../src/site/write-site.ts";

/** Keyed pieces that count how often their text is made. */
function pieces(entries: readonly { key: object; value: string }[], made: string[]): Piece[] {
  return ["[", ...entries.map(({ key, value }, i): Piece => ({ key, parts: [i === 0, value], text: () => (made.push(value), `${i === 0 ? "" : ","}${JSON.stringify(value)}`) })), "]"];
}

async function write(dir: string, file: Piece[]): Promise<string> {
  const writer = pageWriter(dir, { pathPrefix: "/" });
  await writer.writePieces("/data/all.json", file);
  expect(await writer.finish()).toBe(1);
  return readFile(path.join(dir, "data/all.json"), "utf8");
}

const keys = Array.from({ length: 6 }, () => ({}));
const values = ["alpha", "Łukasz — 字 🙂", "gamma", "x".repeat(100_000), "épsilon", "zeta"];
const entries = (vs: readonly string[]) => vs.map((value, i) => ({ key: keys[i]!, value }));

describe("a file written from keyed pieces, written again", () => {
  it("makes again only the pieces whose parts changed, and is the same file as one written afresh", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sigreport-reuse-"));
    const made: string[] = [];
    expect(JSON.parse(await write(dir, pieces(entries(values), made)))).toEqual(values);
    expect(made).toEqual(values);

    made.length = 0;
    const changed = values.map((v, i) => (i === 2 ? "gamma, edited" : v));
    const again = await write(dir, pieces(entries(changed), made));
    expect(made).toEqual(["gamma, edited"]);
    expect(again).toBe(`[${changed.map((v) => JSON.stringify(v)).join(",")}]`);
    expect(await readdir(path.join(dir, "data"))).toEqual(["all.json"]);
  });

  it("copies the right bytes when pieces move, go or come", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sigreport-reuse-"));
    await write(dir, pieces(entries(values), []));
    // Moved: the first piece's parts include whether it is first, so it is made again where it is not.
    const made: string[] = [];
    const order = [keys[3]!, keys[0]!, keys[4]!, keys[5]!];
    const moved = order.map((key) => ({ key, value: values[keys.indexOf(key)]! }));
    const text = await write(dir, pieces([...moved, { key: {}, value: "new" }], made));
    expect(JSON.parse(text)).toEqual([...moved.map((e) => e.value), "new"]);
    expect(made.sort()).toEqual([values[0]!, values[3]!, "new"].sort());
  });

  it("makes every piece again when the file on disk is not the one last written", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sigreport-reuse-"));
    await write(dir, pieces(entries(values), []));
    await writeFile(path.join(dir, "data/all.json"), "edited by hand");
    const made: string[] = [];
    expect(JSON.parse(await write(dir, pieces(entries(values), made)))).toEqual(values);
    expect(made).toEqual(values);
  });

  it("keeps no layout for a file that another writer wrote since", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sigreport-reuse-"));
    await write(dir, pieces(entries(values), []));
    const other = await mkdtemp(path.join(tmpdir(), "sigreport-reuse-"));
    // The same keys written to another folder are another file's layout.
    const made: string[] = [];
    await write(other, pieces(entries(values), made));
    expect(made).toEqual(values);
    expect(existsSync(path.join(other, "data/all.json.sigreport-new"))).toBe(false);
  });
});
