import { beforeAll, describe, expect, it } from "vitest";
import { indexArchive } from "../../src/archive/archive-index.ts";
import { organizationIndex } from "../../src/archive/organizations.ts";
import { peopleIndex } from "../../src/archive/people.ts";
import { quarterSummaries } from "../../src/archive/quarters.ts";
import { allSessions, sessionAnchor } from "../../src/archive/sessions.ts";
import { slugOf } from "../../src/archive/slug.ts";
import { tagIndex } from "../../src/archive/tags.ts";
import { attendanceSeries, attendanceTrend } from "../../src/archive/trends.ts";
import { workProductHistories } from "../../src/archive/work-products.ts";
import { loadArchive } from "../../src/load/load-archive.ts";
import type { Archive } from "../../src/model/archive.ts";
import type { CalendarDate } from "../../src/model/calendar-date.ts";
import { Quarter } from "../../src/model/quarter.ts";
import { makeContent } from "../helpers/content.ts";
import { TWO_GROUPS } from "../fixtures/two-groups.ts";

let archive: Archive;
beforeAll(async () => {
  const loaded = await loadArchive(await makeContent(TWO_GROUPS, { defaults: false }));
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  archive = loaded.archive;
});

const group = (slug: string) => archive.groups.find((g) => g.slug === slug)!;

describe("slugOf", () => {
  it.each([
    ["Sean O'Kelly", "sean-o-kelly"],
    ["José Núñez", "jose-nunez"],
    ["  IBM   Services ", "ibm-services"],
    ["Василий Василков", "василий-василков"],
    ["李明", "李明"],
  ])("%s → %s", (name, slug) => expect(slugOf(name)).toBe(slug));

  it("gives names made only of punctuation a stable, distinct slug", () => {
    expect(slugOf("???")).toMatch(/^n-[a-z0-9]+$/);
    expect(slugOf("???")).toBe(slugOf("???"));
    expect(slugOf("???")).not.toBe(slugOf("!!!"));
  });
});

describe("sessions", () => {
  it("lists every agenda item, newest first, with its report and position", () => {
    const sessions = allSessions(archive);
    expect(sessions.map((s) => s.session.title).sort()).toEqual(["Identity", "Kick-off", "Procurement", "Wrap-up"]);
    const dates = sessions.map((s) => s.session.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const kickOff = sessions.find((s) => s.session.title === "Kick-off")!;
    expect(sessionAnchor(kickOff.index)).toBe("session-1");
    expect(kickOff.report.data.agenda!.indexOf(kickOff.session)).toBe(kickOff.index);
  });
});

describe("people", () => {
  it("merges spellings that fold to one slug, keeps the commonest, and lists sessions newest first", () => {
    const people = peopleIndex(allSessions(archive));
    const jose = people.find((p) => p.slug === "jose-nunez")!;
    expect(jose.name).toBe("José Núñez");
    expect(jose.sessions.map((a) => a.session.title)).toEqual(["Wrap-up", "Identity", "Kick-off"]);
    expect(jose.orgs).toEqual(["ACME Corp"]);
    const li = people.find((p) => p.slug === "li-wei")!;
    expect(li.groups).toEqual(["beta", "alpha"]);
    expect(people.map((p) => p.name)).toEqual(["José Núñez", "Li Wei"]);
  });
});

describe("organisations", () => {
  it("keys organisations by slug and counts a session with two of its presenters once", () => {
    const [acme, ...rest] = organizationIndex(allSessions(archive));
    expect(rest).toEqual([]);
    expect(acme!.slug).toBe("acme-corp");
    expect(acme!.name).toBe("ACME Corp");
    expect(acme!.sessions).toHaveLength(3);
    expect(acme!.sessions.flatMap((s) => s.session.presenters!.filter((p) => p.org !== undefined && slugOf(p.org) === "acme-corp"))).toHaveLength(4);
    // Two sessions each: the tie goes to the most recent presenter.
    expect(acme!.people).toEqual(["li-wei", "jose-nunez"]);
  });
});

describe("tags", () => {
  it("indexes sessions by tag, each session once per tag, newest first", () => {
    const tags = tagIndex(allSessions(archive));
    expect(tags.map((t) => t.tag)).toEqual(["community", "governance", "identity", "procurement"]);
    expect(tags.find((t) => t.tag === "governance")!.sessions.map((s) => s.session.title)).toEqual(["Identity", "Kick-off"]);
  });
});

describe("work product histories", () => {
  it("follows a work product across quarters by its normalised title", () => {
    const histories = workProductHistories(group("alpha"));
    const paper = histories.find((h) => h.key === "white paper")!;
    expect(paper.entries.map((e) => [e.report.quarter.id, e.item.status])).toEqual([
      ["2019-Q1", "planned"],
      ["2019-Q2", "in-progress"],
      ["2019-Q4", "done"],
    ]);
    expect(paper.title).toBe("White paper");
    expect(paper.status).toBe("done");
    expect(paper.finished).toBe(true);
    expect(paper.inLatestReport).toBe(true);
  });

  it("marks one that vanished before it was finished", () => {
    const rfp = workProductHistories(group("alpha")).find((h) => h.key === "rfp repository")!;
    expect(rfp.entries).toHaveLength(1);
    expect(rfp.inLatestReport).toBe(false);
    expect(rfp.finished).toBe(false);
    expect(rfp.slug).toBe("wp-rfp-repository");
  });
});

describe("attendance trends", () => {
  it("has one point per quarter from first to last report, with gaps", () => {
    const series = attendanceSeries(group("alpha"));
    expect(series.map((p) => [p.quarter.id, p.typical])).toEqual([
      ["2019-Q1", 10],
      ["2019-Q2", 14],
      ["2019-Q3", undefined],
      ["2019-Q4", 20],
    ]);
    expect(attendanceTrend(series)).toEqual({ direction: "growing", from: 10, to: 20 });
  });

  it.each([
    [[10, 11], "steady"],
    [[20, 12], "shrinking"],
    [[12], "unknown"],
    [[], "unknown"],
    [[3, 4], "steady"],
  ] as const)("%j is %s", (values, direction) => {
    const points = values.map((typical, i) => ({ quarter: Quarter.of(2019, ((i % 4) + 1) as 1), typical, last: undefined, peak: undefined, low: undefined }));
    expect(attendanceTrend(points).direction).toBe(direction);
  });
});

describe("quarter summaries", () => {
  it("says who reported, who did not and what they need, newest quarter first", () => {
    const summaries = quarterSummaries(archive, "2020-02-15" as CalendarDate);
    expect(summaries.map((s) => s.quarter.id)).toEqual(["2020-Q1", "2019-Q4", "2019-Q3", "2019-Q2", "2019-Q1"]);
    const q3 = summaries.find((s) => s.quarter.id === "2019-Q3")!;
    expect(q3.reports).toEqual([]);
    expect(q3.statuses.map((s) => [s.group.slug, s.cell.status])).toEqual([
      ["alpha", "missing"],
      ["beta", "missing"],
    ]);
    const q2 = summaries.find((s) => s.quarter.id === "2019-Q2")!;
    expect(q2.statuses.map((s) => [s.group.slug, s.cell.status])).toEqual([
      ["alpha", "late"],
      ["beta", "filed"],
    ]);
    expect(q2.needs.map((n) => `${n.group.slug}: ${n.need}`)).toEqual(["beta: An intern", "beta: Presenters"]);
    expect(summaries.at(-1)!.statuses.map((s) => s.group.slug)).toEqual(["alpha"]);
    expect(summaries[0]!.statuses.map((s) => s.cell.status)).toEqual(["not-yet-due", "not-yet-due"]);
  });
});

describe("the archive index", () => {
  it("counts groups, reports, sessions, presenters and organisations, and is computed once", () => {
    const index = indexArchive(archive);
    expect(index.counts).toEqual({ groups: 2, reports: 4, sessions: 4, presenters: 2, organizations: 1 });
    expect(indexArchive(archive)).toBe(index);
  });
});
