// The reminders workflow's logic (.github/workflows/report-reminders.yml), kept here so it is typed
// and tested against GitHub's REST API faked at the HTTP level. It acts on `sigreport remind
// --format json`: one issue per group and report, found again by the marker in its body; opened at
// the first call, commented once at each later stage (never a new issue each week), closed with a
// link once the report's file is on the default branch; and a summary of whom each run reached.
// Only `recent` reports get a new issue, so the first run on years of history opens issues for
// the reports whose first call fell within the last firstCallDays days, not one per missed quarter.
import { appendFile, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ReminderJson } from "../cli/remind.ts";

export const LABEL = "report-reminder";

export interface GitHubTarget {
  /** e.g. https://api.github.com (GITHUB_API_URL). */
  api: string;
  token: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
  /** e.g. https://github.com (GITHUB_SERVER_URL), for links to the merged report. */
  server: string;
  /** The commit the run checked out (GITHUB_SHA): links point at the report as merged. */
  sha: string;
}

export type Action = "opened" | "commented" | "up-to-date" | "not-opened" | "left-closed" | "closed";

export interface RunLine {
  group: string;
  quarter: string;
  stage: string;
  action: Action;
  issue?: number;
  recipients: string[];
}

interface Issue {
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  pull_request?: unknown;
}

const markerComment = (marker: string) => `<!-- ${marker} -->`;
const stageComment = (stage: string) => `<!-- sigreport-stage:${stage} -->`;
const MARKER = /<!-- (sigreport-reminder:([a-z0-9-]+)\/(\d{4}-Q[1-4])) -->/;

class GitHub {
  constructor(private readonly target: GitHubTarget) {}

  async request<T>(method: string, route: string, body?: unknown): Promise<{ status: number; data: T; next?: string }> {
    const url = route.startsWith("http") ? route : `${this.target.api.replace(/\/$/, "")}${route}`;
    const response = await fetch(url, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${this.target.token}`,
        "x-github-api-version": "2022-11-28",
        ...(body !== undefined && { "content-type": "application/json" }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const data = (text === "" ? undefined : JSON.parse(text)) as T;
    if (!response.ok && response.status !== 404) throw new Error(`GitHub ${method} ${route}: ${response.status} ${text.slice(0, 200)}`);
    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get("link") ?? "")?.[1];
    return { status: response.status, data, ...(next && { next }) };
  }

  async all<T>(route: string): Promise<T[]> {
    const out: T[] = [];
    for (let next: string | undefined = route; next; ) {
      const page: { data: T[]; next?: string } = await this.request<T[]>("GET", next);
      out.push(...page.data);
      next = page.next;
    }
    return out;
  }
}

/** Runs one pass of the workflow; `contentDir` is the checked-out content folder, to see which reports have arrived. */
export async function runReminders(reminders: readonly ReminderJson[], options: { github: GitHubTarget; contentDir: string }): Promise<RunLine[]> {
  const gh = new GitHub(options.github);
  const repo = `/repos/${options.github.repository}`;
  await ensureLabel(gh, repo);
  // Closed ones too: an issue a maintainer closed by hand stays closed, and is not filed again.
  const issues = (await gh.all<Issue>(`${repo}/issues?labels=${LABEL}&state=all&per_page=100`)).filter((i) => !i.pull_request);
  const byMarker = new Map<string, Issue>();
  for (const issue of issues) {
    const marker = MARKER.exec(issue.body ?? "")?.[1];
    if (marker && (!byMarker.has(marker) || issue.state === "open")) byMarker.set(marker, issue);
  }

  const lines: RunLine[] = [];
  for (const reminder of reminders) {
    const line = { group: reminder.group, quarter: reminder.quarter, stage: reminder.stage, recipients: reminder.recipients };
    const issue = byMarker.get(reminder.marker);
    if (!issue) {
      if (!reminder.recent) {
        lines.push({ ...line, action: "not-opened" });
        continue;
      }
      const body = `${reminder.body}\n\n${markerComment(reminder.marker)}\n${stageComment(reminder.stage)}`;
      const created = await gh.request<Issue>("POST", `${repo}/issues`, { title: reminder.title, body, labels: [LABEL] });
      lines.push({ ...line, action: "opened", issue: created.data.number });
      continue;
    }
    if (issue.state === "closed") {
      lines.push({ ...line, action: "left-closed", issue: issue.number });
      continue;
    }
    const comments = await gh.all<{ body: string | null }>(`${repo}/issues/${issue.number}/comments?per_page=100`);
    const told = [issue.body ?? "", ...comments.map((c) => c.body ?? "")].some((text) => text.includes(stageComment(reminder.stage)));
    // An extension moves the due date, and the title says it.
    if (issue.title !== reminder.title) await gh.request("PATCH", `${repo}/issues/${issue.number}`, { title: reminder.title });
    if (told) {
      lines.push({ ...line, action: "up-to-date", issue: issue.number });
      continue;
    }
    await gh.request("POST", `${repo}/issues/${issue.number}/comments`, { body: `${reminder.body}\n\n${stageComment(reminder.stage)}` });
    lines.push({ ...line, action: "commented", issue: issue.number });
  }

  // Reports that arrived: their issues close, pointing at the report as merged.
  for (const issue of issues) {
    const match = MARKER.exec(issue.body ?? "");
    if (issue.state !== "open" || !match) continue;
    const [, , group, quarter] = match as unknown as [string, string, string, string];
    const rel = `groups/${group}/${quarter}.md`;
    if (!existsSync(path.join(options.contentDir, rel))) continue;
    const file = path.posix.join(toPosix(path.relative(process.cwd(), path.resolve(options.contentDir))) || ".", rel);
    const link = `${options.github.server.replace(/\/$/, "")}/${options.github.repository}/blob/${options.github.sha}/${file}`;
    await gh.request("POST", `${repo}/issues/${issue.number}/comments`, { body: `The report has arrived: [${file}](${link}). Thank you!` });
    await gh.request("PATCH", `${repo}/issues/${issue.number}`, { state: "closed", state_reason: "completed" });
    lines.push({ group, quarter, stage: "filed", action: "closed", issue: issue.number, recipients: [] });
  }
  return lines;
}

async function ensureLabel(gh: GitHub, repo: string): Promise<void> {
  const found = await gh.request("GET", `${repo}/labels/${LABEL}`);
  if (found.status !== 404) return;
  await gh.request("POST", `${repo}/labels`, { name: LABEL, color: "0e8a16", description: "A group's report: calls before its due date, and after" });
}

const ACTION_WORDS: Record<Action, string> = {
  opened: "issue opened",
  commented: "commented",
  "up-to-date": "already told at this stage",
  "not-opened": "no issue: first call before this workflow's window",
  "left-closed": "issue closed by hand; left closed",
  closed: "report arrived; issue closed",
};

/** The run summary (Markdown, for GITHUB_STEP_SUMMARY): whom each call reached. */
export function summaryMarkdown(lines: readonly RunLine[]): string {
  if (lines.length === 0) return "## Report reminders\n\nNo calls today.\n";
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const rows = lines.map(
    (l) => `| ${cell(l.group)} | ${l.quarter} | ${l.stage} | ${ACTION_WORDS[l.action]}${l.issue ? ` (#${l.issue})` : ""} | ${cell(l.recipients.join(", ") || "—")} |`,
  );
  const reached = new Set(lines.filter((l) => l.action === "opened" || l.action === "commented").flatMap((l) => l.recipients));
  return [
    "## Report reminders",
    "",
    `${reached.size} ${reached.size === 1 ? "person" : "people"} reached: ${[...reached].join(", ") || "nobody"}.`,
    "",
    "| group | report | stage | action | recipients |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

const toPosix = (p: string) => p.split(path.sep).join("/");

/** `node report-reminders.js remind.json [content]` (compiled), in the workflow. */
async function main(): Promise<void> {
  const [jsonFile = "remind.json", contentDir = "content"] = process.argv.slice(2);
  const env = process.env;
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set: this runs inside a GitHub Actions job.`);
    return value;
  };
  const github: GitHubTarget = {
    api: env["GITHUB_API_URL"] ?? "https://api.github.com",
    token: need("GITHUB_TOKEN"),
    repository: need("GITHUB_REPOSITORY"),
    server: env["GITHUB_SERVER_URL"] ?? "https://github.com",
    sha: need("GITHUB_SHA"),
  };
  const reminders = JSON.parse(await readFile(jsonFile, "utf8")) as ReminderJson[];
  const lines = await runReminders(reminders, { github, contentDir });
  const summary = summaryMarkdown(lines);
  if (env["GITHUB_STEP_SUMMARY"]) await appendFile(env["GITHUB_STEP_SUMMARY"], summary);
  console.log(summary);
}

// A failed run says why in one line in the job's log; the job fails, and the next run retries.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main().catch((error: unknown) => {
    console.error(`report-reminders: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
