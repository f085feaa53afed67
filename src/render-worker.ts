// The second thread of a whole build (src/site/second-thread.ts): sent one RenderJob, it writes the
// job's page kinds with sigreport's own templates, through the same writer as the main thread, and
// says how many files it wrote. Any failure is only said: the main thread then writes this share
// itself, so an error in a page surfaces there, as it would in a build on one thread.
import { parentPort } from "node:worker_threads";
import { siteParts } from "./shipped-templates.ts";
import { type RenderJob, type RenderReply, withQuarters } from "./site/second-thread.ts";
import { siteViews } from "./site/view-models/site-views.ts";
import { writeSite } from "./site/write-site.ts";

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs only as a worker thread");

port.once("message", (job: RenderJob) => {
  const archive = withQuarters(job.archive);
  const views = siteViews(archive, { today: job.today, pathPrefix: job.pathPrefix });
  writeSite(siteParts.renderers, views, job.outputDir, { pathPrefix: job.pathPrefix, kinds: new Set(job.kinds), searchDocuments: job.searchDocuments }).then(
    (written) => port.postMessage({ written } satisfies RenderReply),
    (error: unknown) => port.postMessage({ failed: String(error) } satisfies RenderReply),
  );
});
