// `npx tsx bench/profile.ts <file.cpuprofile> [more…]`: where a profiled run's time went, from
// `node --cpu-prof` output. Prints self time by package or source folder (what each sample was
// running), time inclusive of each of sigreport's folders (anywhere on the stack), and when each
// was first and last on a stack: a timeline of start-up, loading, views, rendering and writing.
// Used for the README's Performance section; see it for how the profiles were taken.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A frame's owner: an npm package, a folder of sigreport's, Node's own code, or a V8 marker. */
export function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return "node (internal)";
  const m = /\/(src\/[^/]+|templates\/[^/]+|bench|bin|\.eleventy\.ts)/.exec(url);
  return m ? m[1]!.replace(/\.(ts|mjs|js)$/, "") : path.basename(url);
}

/**
 * The build phase a sample belongs to, from the innermost frame of sigreport's own code on its
 * stack (src/model is shared, so it takes its caller's phase); Eleventy, module loading, GC and
 * idle otherwise.
 */
export function phaseOf(urls: readonly string[], leafName: string): string {
  if (leafName === "(garbage collector)") return "garbage collection";
  if (leafName === "(idle)") return "idle (waiting)";
  for (const url of urls) {
    if (/\/src\/load\//.test(url)) return "loading (read, YAML, zod, Markdown)";
    if (/\/src\/(archive|site\/view-models)\//.test(url)) return "views";
    if (/\/src\/site\/(write-pages|file-writer)/.test(url)) return "writing";
    if (/\/templates\/|\/src\/site\/(html|format|fast-report-page|charts)/.test(url)) return "rendering";
    if (/\/src\/(cli|site)\/|\/bin\//.test(url)) return "sigreport, other";
  }
  if (urls.some((u) => u.includes("node_modules/@11ty/"))) return "Eleventy";
  if (urls.some((u) => u.includes("node_modules/tsx/")) || leafName === "compileSourceTextModule") return "start-up (module loading)";
  return "other";
}

function summarise(profile: Profile, name: string): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const span = new Map<string, [number, number]>();
  const fn = new Map<string, number>();
  const phases = new Map<string, number>();
  const timeline: Map<string, number>[] = [];
  const BUCKETS = 12;
  const bucketUs = (profile.endTime - profile.startTime) / BUCKETS;
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const leaf = byId.get(profile.samples[i]!)!;
    const top = owner(leaf.callFrame.url, leaf.callFrame.functionName);
    self.set(top, (self.get(top) ?? 0) + dt);
    const where = `${leaf.callFrame.functionName || "(anonymous)"} ${top}`;
    fn.set(where, (fn.get(where) ?? 0) + dt);
    const urls: string[] = [];
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) urls.push(byId.get(id)!.callFrame.url);
    const phase = phaseOf(urls, leaf.callFrame.functionName);
    phases.set(phase, (phases.get(phase) ?? 0) + dt);
    const b = Math.min(BUCKETS - 1, Math.floor(t / bucketUs));
    const bucket = (timeline[b] ??= new Map());
    bucket.set(phase, (bucket.get(phase) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const o = owner(byId.get(id)!.callFrame.url, byId.get(id)!.callFrame.functionName);
      if (seen.has(o)) continue;
      seen.add(o);
      inclusive.set(o, (inclusive.get(o) ?? 0) + dt);
      const s = span.get(o);
      span.set(o, s ? [s[0], t] : [t, t]);
    }
  }
  const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;
  console.log(`\n# ${name}: ${ms(profile.endTime - profile.startTime)} profiled\n`);
  const total = [...phases.values()].reduce((a, b) => a + b, 0);
  console.log("by phase (self time of the samples in it):");
  for (const [k, v] of [...phases].sort((a, b) => b[1] - a[1])) console.log(`  ${ms(v).padStart(9)}  ${((100 * v) / total).toFixed(0).padStart(3)} %  ${k}`);
  console.log("\ntimeline (each slice: its two largest phases):");
  timeline.forEach((bucket, i) => {
    const top = [...bucket].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, v]) => `${k} ${((100 * v) / bucketUs).toFixed(0)} %`);
    console.log(`  ${ms(i * bucketUs).padStart(8)}–${ms((i + 1) * bucketUs).padEnd(9)} ${top.join(", ")}`);
  });
  console.log("\nself time (what was running), top 20:");
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${ms(v).padStart(9)}  ${k}`);
  console.log("\nfunctions by self time, top 25:");
  for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms(v).padStart(9)}  ${k}`);
  console.log("\npackages, inclusive (on the stack), top 15:");
  const packages = [...inclusive].filter(([k]) => !/^(src|templates|bin|\.eleventy|\(|node )/.test(k));
  for (const [k, v] of packages.sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms(v).padStart(9)}  ${k}`);
  console.log("\nsigreport's folders, inclusive (on the stack), first → last seen:");
  const ours = [...inclusive].filter(([k]) => /^(src|templates|bin|\.eleventy)/.test(k) || k === "(garbage collector)" || k === "(idle)");
  for (const [k, v] of ours.sort((a, b) => span.get(a[0])![0] - span.get(b[0])![0])) {
    const [a, b] = span.get(k)!;
    console.log(`  ${ms(v).padStart(9)}  ${k.padEnd(28)} ${ms(a).padStart(8)} → ${ms(b)}`);
  }
}

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/**
 * A `--heap-prof` profile: the sampled allocations still alive when it was written (at exit), by
 * the package or folder that allocated them and by the innermost function of sigreport's own.
 */
function summariseHeap(head: HeapNode, name: string): void {
  const byOwner = new Map<string, number>();
  const byOurs = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode, ours: string | undefined) => {
    const { url, functionName, lineNumber } = node.callFrame;
    const o = owner(url, functionName);
    const here = /^(src|templates)/.test(o) ? `${functionName || "(anonymous)"} ${url.replace(/^.*\/(src|templates)\//, "$1/")}:${lineNumber + 1}` : ours;
    total += node.selfSize;
    byOwner.set(o, (byOwner.get(o) ?? 0) + node.selfSize);
    if (here) byOurs.set(here, (byOurs.get(here) ?? 0) + node.selfSize);
    for (const c of node.children) walk(c, here);
  };
  walk(head, undefined);
  const m = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
  console.log(`\n# ${name}: ${m(total)} sampled live\n\nby allocating package or folder, top 15:`);
  for (const [k, v] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${m(v).padStart(10)}  ${k}`);
  console.log("\nby sigreport's innermost function on the allocating stack, top 15:");
  for (const [k, v] of [...byOurs].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${m(v).padStart(10)}  ${k}`);
}

// Only when run as a script: the tests import owner() and phaseOf().
const files = import.meta.url === pathToFileURL(process.argv[1] ?? "").href ? process.argv.slice(2) : [];
for (const file of files) {
  const data = JSON.parse(await readFile(file, "utf8")) as Profile | { head: HeapNode };
  if ("head" in data) summariseHeap(data.head, path.basename(file));
  else summarise(data, path.basename(file));
}
