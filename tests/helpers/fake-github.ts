// GitHub's issues REST API, faked at the HTTP level on 127.0.0.1: enough of labels, issues
// (paginated, two a page so pagination is exercised) and comments for the reminders workflow, with
// every request recorded. The workflow's script talks to it with its real HTTP client.
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  comments: string[];
  pull_request?: object;
}

export interface FakeGitHub {
  api: string;
  issues: FakeIssue[];
  labels: string[];
  requests: { method: string; path: string; auth: string | undefined }[];
  close(): Promise<void>;
}

const PAGE = 2;

export async function fakeGitHub(repository = "o/r"): Promise<FakeGitHub> {
  const state: Omit<FakeGitHub, "api" | "close"> = { issues: [], labels: [], requests: [] };
  const base = `/repos/${repository}`;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    state.requests.push({ method: req.method ?? "", path: url.pathname + url.search, auth: req.headers.authorization });
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = raw === "" ? {} : JSON.parse(raw);
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(data === undefined ? "" : JSON.stringify(data));
    };
    const view = (i: FakeIssue) => ({ number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels.map((name) => ({ name })), ...(i.pull_request && { pull_request: i.pull_request }) });
    const p = url.pathname;
    let m: RegExpExecArray | null;
    if (req.method === "GET" && (m = new RegExp(`^${base}/labels/([^/]+)$`).exec(p))) return state.labels.includes(decodeURIComponent(m[1]!)) ? send(200, { name: m[1] }) : send(404, { message: "Not Found" });
    if (req.method === "POST" && p === `${base}/labels`) return state.labels.push(body.name), send(201, body);
    if (req.method === "GET" && p === `${base}/issues`) {
      const label = url.searchParams.get("labels");
      const wanted = url.searchParams.get("state") ?? "open";
      const all = state.issues.filter((i) => (wanted === "all" || i.state === wanted) && (!label || i.labels.includes(label)));
      const page = Number(url.searchParams.get("page") ?? "1");
      const next = new URL(url);
      next.searchParams.set("page", String(page + 1));
      const headers: Record<string, string> = all.length > page * PAGE ? { link: `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"` } : {};
      return send(200, all.slice((page - 1) * PAGE, page * PAGE).map(view), headers);
    }
    if (req.method === "POST" && p === `${base}/issues`) {
      const issue: FakeIssue = { number: state.issues.length + 1, title: body.title, body: body.body, state: "open", labels: body.labels ?? [], comments: [] };
      state.issues.push(issue);
      return send(201, view(issue));
    }
    if ((m = new RegExp(`^${base}/issues/(\\d+)(/comments)?$`).exec(p))) {
      const issue = state.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(404, { message: "Not Found" });
      if (m[2] && req.method === "GET") return send(200, issue.comments.map((c) => ({ body: c })));
      if (m[2] && req.method === "POST") return issue.comments.push(body.body), send(201, { body: body.body });
      if (!m[2] && req.method === "PATCH") return Object.assign(issue, body), send(200, view(issue));
    }
    send(404, { message: `fake GitHub has no ${req.method} ${p}` });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { api: `http://127.0.0.1:${port}`, ...state, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
