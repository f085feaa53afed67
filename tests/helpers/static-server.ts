// A small static file server for browser tests: serves a built site on 127.0.0.1 at an ephemeral
// port, the way a static host does (index.html for folders, a redirect to add the slash, 404.html
// with status 404), optionally under a path prefix.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` followed by the prefix, without its trailing slash. */
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, prefix = "/"): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const send404 = async () => {
        res.statusCode = 404;
        res.setHeader("content-type", TYPES[".html"]!);
        const notFound = path.join(base, "404.html");
        if (await isFile(notFound)) createReadStream(notFound).pipe(res);
        else res.end("Not found");
      };
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
      if (!pathname.startsWith(prefix)) return send404();
      const file = path.join(base, pathname.slice(prefix.length));
      if (file !== base && !file.startsWith(base + path.sep)) return send404();
      let target = file;
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!pathname.endsWith("/")) {
          res.writeHead(301, { location: `${encodeURI(pathname)}/` }).end();
          return;
        }
        target = path.join(file, "index.html");
      }
      if (!(await isFile(target))) return send404();
      res.setHeader("content-type", TYPES[path.extname(target)] ?? "application/octet-stream");
      createReadStream(target).pipe(res);
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}${prefix.replace(/\/$/, "")}`;
  return {
    origin,
    url: (pathname) => `${origin}${pathname}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}
