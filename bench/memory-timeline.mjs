// Diagnosis aid, preloaded by hand: `node --import ./bench/memory-timeline.mjs bin/sigreport.js build …`.
// Samples the main thread's memory every 50 ms and prints, on exit, to stderr: the moment of peak
// RSS with its make-up (V8 heap used and reserved, external and array buffers; the rest is code,
// other threads' heaps and the allocator), and a coarse timeline. Worker threads are not sampled
// apart: their heaps count only in RSS.
import { memoryUsage } from "node:process";

if (process.env.BENCH_MEMORY_TIMELINE !== "off") {
  const start = performance.now();
  const samples = [];
  const take = () => samples.push({ t: performance.now() - start, ...memoryUsage() });
  setInterval(take, 50).unref();
  process.on("exit", () => {
    take();
    const mb = (b) => `${Math.round(b / 1024 / 1024)}`.padStart(5);
    const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
    const lines = [`memory (MiB) at peak RSS, ${(peak.t / 1000).toFixed(2)} s: rss ${mb(peak.rss)}, heap used ${mb(peak.heapUsed)} of ${mb(peak.heapTotal)}, external ${mb(peak.external)}, array buffers ${mb(peak.arrayBuffers)}`];
    const step = Math.max(1, Math.ceil(samples.length / 16));
    for (let i = 0; i < samples.length; i += step) {
      const s = samples[i];
      lines.push(`  ${(s.t / 1000).toFixed(2).padStart(7)} s  rss ${mb(s.rss)}  heap used ${mb(s.heapUsed)} / ${mb(s.heapTotal)}  external ${mb(s.external)}`);
    }
    process.stderr.write(`${lines.join("\n")}\n`);
  });
}
