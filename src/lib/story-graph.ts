// The story as a graph: timeline order, indexes and relations, computed once from plain arrays.
import { COLLECTIONS, fileFor, type CollectionName } from './collections';
import { compareSpans, earliestInstant, formatPeriodKey, periodKey, weekOf, weeksBetween, type StoryDate, type StorySpan } from './dates';

export interface GraphSource {
  id: string;
}
export interface GraphEntity {
  id: string;
}
export interface GraphEvent {
  id: string;
  filePath?: string;
  span: StorySpan;
  /** Announced or expected, not yet happened when reported. */
  planned: boolean;
  /** Among events of the same moment, lower ranks come first (e.g. a report before its denial). */
  rank: number;
  entityIds: string[];
  outletIds: string[];
}
export interface GraphReport {
  id: string;
  filePath?: string;
  sourceId: string;
  published: StoryDate;
  eventIds: string[];
  entityIds: string[];
  citedSourceIds: string[];
  /** The claims it carries, and whether it mentions the response a claim had by then. */
  claimRefs: { claimId: string; mentionsResponse?: boolean }[];
}
export interface GraphStatusChange {
  status: string;
  date: StoryDate;
  outletId?: string;
  entityId?: string;
}
export interface GraphClaim {
  id: string;
  filePath?: string;
  firstReportedBy: string;
  entityIds: string[];
  eventIds: string[];
  /** Oldest first; the last entry is where the claim stands now. */
  history: GraphStatusChange[];
}

export interface StoryInput<R, E, S, N, C> {
  reports: R[];
  events: E[];
  sources: S[];
  entities: N[];
  claims?: C[];
  timeZone: string;
  /** How many related reports each report page offers. */
  relatedLimit?: number;
  /** The most timeline items on one archive page. */
  pageSize?: number;
  /** How many of the latest timeline items the home page shows. */
  homeItems?: number;
}

export type TimelineItem<R, E> =
  | { kind: 'event'; id: string; event: E; coveredBy: R[] }
  | { kind: 'report'; id: string; report: R };

export interface TimelinePeriod<R, E> {
  /** "2026-02" for a month, "2025" for a year known only to the year. */
  key: string;
  label: string;
  items: TimelineItem<R, E>[];
}

export interface TimelinePage<R, E> extends TimelinePeriod<R, E> {
  page: number;
  pageCount: number;
}

export interface PeriodSummary {
  key: string;
  label: string;
  itemCount: number;
  pageCount: number;
}

export interface RelatedReport<R> {
  report: R;
  sharedEventIds: string[];
}

export interface CoverageCell<R> {
  /** The outlet's own reporting is the event (its scoop). */
  broke: boolean;
  /** The outlet's report was the first in our collection to cover the event. */
  first: boolean;
  /** Outlets whose scoop the outlet's reports cite for this event: it re-reported them. */
  via: string[];
  reports: R[];
}

export interface ClaimCell<R> {
  /** The outlet made the claim first. */
  first: boolean;
  reports: R[];
  /** Of those reports, how many mention the response the claim had by then (undefined: there was none). */
  mentioningResponse: number;
  withResponseDue: number;
}

export interface CarriedClaim<R> {
  report: R;
  mentionsResponse?: boolean;
}

export interface StoryGraph<R, E, S, N, C = GraphClaim> {
  /** Reports in story order, oldest first. */
  reports: R[];
  /** Events in story order, oldest first. */
  events: E[];
  sources: S[];
  /** Outlets with reports of their own in the collection. */
  reportingSources: S[];
  /** Outlets that reports cite but that have no report of their own here. */
  citedOnlySources: S[];
  entities: N[];
  timeline: TimelinePeriod<R, E>[];
  /** Every period of the timeline, cut into pages of at most `pageSize` items, for the archive. */
  timelinePages: TimelinePage<R, E>[];
  periods: PeriodSummary[];
  /** The latest `homeItems` items of the timeline, in sections, for the home page. */
  homeTimeline: TimelinePeriod<R, E>[];
  /** Periods the home page shows only in part or not at all, latest first: the way into the archive. */
  earlierPeriods: PeriodSummary[];
  /** Reports newest first by publication (an update never moves one): the order of feeds. */
  reportsNewestFirst: R[];
  /** Sorts any subset of reports newest first, as `reportsNewestFirst`. */
  newestFirst: (reports: R[]) => R[];
  /** Per outlet, newest first: its own reports, or for a cited-only outlet the reports citing it (its feed). */
  feedBySource: Map<string, R[]>;
  /** Per entity, the reports naming it, newest first (its feed). */
  feedByEntity: Map<string, R[]>;
  /** The latest event that has happened (not planned). */
  latestDevelopment?: E;
  /** Reports per week for reports dated to the day or minute, every week from first to last. */
  coverageByWeek: { week: string; count: number }[];
  /** Reports dated only to the month, which no week can hold. */
  reportsWithoutWeek: number;
  reportById: Map<string, R>;
  eventById: Map<string, E>;
  sourceById: Map<string, S>;
  entityById: Map<string, N>;
  /** Per outlet, its own reports in story order. */
  reportsBySource: Map<string, R[]>;
  /** Per outlet, the reports that cite it. */
  citingReportsBySource: Map<string, R[]>;
  /** Per outlet, the events that are its reporting (scoops). */
  eventsByOutlet: Map<string, E[]>;
  /** Per event, the reports covering it in story order: the first one broke it in our collection. */
  reportsByEvent: Map<string, R[]>;
  /** Per event, the outlets covering it, in the order they first did. */
  sourcesByEvent: Map<string, S[]>;
  reportsByEntity: Map<string, R[]>;
  eventsByEntity: Map<string, E[]>;
  relatedReports: Map<string, RelatedReport<R>[]>;
  neighbours: Map<string, { previous?: R; next?: R }>;
  /** Claims in the order they were first made. */
  claims: C[];
  claimById: Map<string, C>;
  /** Per claim, the reports carrying it, in story order, with whether each mentions the response. */
  reportsByClaim: Map<string, CarriedClaim<R>[]>;
  claimsByEntity: Map<string, C[]>;
  /** Per outlet and event ("outlet|event"), how the outlet covered it; absent when it did not. */
  eventCoverage: Map<string, CoverageCell<R>>;
  /** Per outlet and claim ("outlet|claim"), how the outlet carried it; absent when it did not. */
  claimCoverage: Map<string, ClaimCell<R>>;
  /** Who cites whom: one edge per citing and cited outlet, with how many reports make the citation. */
  citations: { from: S; to: S; reports: number }[];
  /** Per outlet, the outlets its reports rely on, most relied on first. */
  upstreamBySource: Map<string, { source: S; reports: number }[]>;
  /** Per outlet, the outlets whose reports rely on it, most reliant first. */
  downstreamBySource: Map<string, { source: S; reports: number }[]>;
}

/** Thrown when content points at entries that do not exist; lists every dangling reference at once. */
export class DanglingReferenceError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} broken reference(s) in content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DanglingReferenceError';
  }
}

function checkReferences(
  owner: { id: string; filePath?: string },
  field: string,
  ids: string[],
  known: Map<string, unknown>,
  collection: CollectionName,
  problems: string[],
) {
  for (const id of ids) {
    if (known.has(id)) continue;
    problems.push(
      `${owner.filePath ?? owner.id}: "${field}" names unknown ${COLLECTIONS[collection].noun} "${id}" — add ${fileFor(collection, id)} or fix the id`,
    );
  }
}

function indexBy<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Appends `value` to the list at `key`; lists keep insertion order, so callers feed items in story order. */
function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildStoryGraph<
  R extends GraphReport,
  E extends GraphEvent,
  S extends GraphSource,
  N extends GraphEntity,
  C extends GraphClaim = GraphClaim,
>(input: StoryInput<R, E, S, N, C>): StoryGraph<R, E, S, N, C> {
  const { timeZone, relatedLimit = 5 } = input;
  const inputClaims = input.claims ?? [];
  const sources = [...input.sources].sort(byId);
  const entities = [...input.entities].sort(byId);
  const sourceById = indexBy(sources);
  const entityById = indexBy(entities);
  const eventById = indexBy(input.events);
  const claimById = indexBy(inputClaims);

  const problems: string[] = [];
  for (const report of input.reports) {
    checkReferences(report, 'source', [report.sourceId], sourceById, 'sources', problems);
    checkReferences(report, 'cites', report.citedSourceIds, sourceById, 'sources', problems);
    checkReferences(report, 'events', report.eventIds, eventById, 'events', problems);
    checkReferences(report, 'entities', report.entityIds, entityById, 'entities', problems);
    checkReferences(report, 'claims', report.claimRefs.map((ref) => ref.claimId), claimById, 'claims', problems);
  }
  for (const claim of inputClaims) {
    checkReferences(claim, 'firstReportedBy', [claim.firstReportedBy], sourceById, 'sources', problems);
    checkReferences(claim, 'entities', claim.entityIds, entityById, 'entities', problems);
    checkReferences(claim, 'events', claim.eventIds, eventById, 'events', problems);
    for (const change of claim.history) {
      if (change.outletId) checkReferences(claim, 'history', [change.outletId], sourceById, 'sources', problems);
      if (change.entityId) checkReferences(claim, 'history', [change.entityId], entityById, 'entities', problems);
    }
  }
  for (const event of input.events) {
    checkReferences(event, 'entities', event.entityIds, entityById, 'entities', problems);
    checkReferences(event, 'outlets', event.outletIds, sourceById, 'sources', problems);
  }
  if (problems.length > 0) throw new DanglingReferenceError(problems);

  const reportSpan = (report: R): StorySpan => ({ start: report.published });
  const reports = [...input.reports].sort(
    (a, b) => compareSpans(reportSpan(a), reportSpan(b), timeZone) || byId(a, b),
  );
  const events = [...input.events].sort(
    (a, b) => compareSpans(a.span, b.span, timeZone) || a.rank - b.rank || byId(a, b),
  );
  const reportById = indexBy(reports);

  const reportsBySource = new Map<string, R[]>();
  const citingReportsBySource = new Map<string, R[]>();
  const reportsByEvent = new Map<string, R[]>();
  const reportsByEntity = new Map<string, R[]>();
  for (const report of reports) {
    push(reportsBySource, report.sourceId, report);
    for (const id of new Set(report.citedSourceIds)) push(citingReportsBySource, id, report);
    for (const id of new Set(report.eventIds)) push(reportsByEvent, id, report);
    for (const id of new Set(report.entityIds)) push(reportsByEntity, id, report);
  }

  const eventsByEntity = new Map<string, E[]>();
  const eventsByOutlet = new Map<string, E[]>();
  for (const event of events) {
    for (const id of new Set(event.entityIds)) push(eventsByEntity, id, event);
    for (const id of new Set(event.outletIds)) push(eventsByOutlet, id, event);
  }

  const sourcesByEvent = new Map<string, S[]>();
  for (const [eventId, covering] of reportsByEvent) {
    const outletIds = new Set(covering.map((report) => report.sourceId));
    sourcesByEvent.set(eventId, [...outletIds].map((id) => sourceById.get(id)!));
  }

  const storyOrder = new Map(reports.map((report, index) => [report.id, index]));
  const relatedReports = new Map<string, RelatedReport<R>[]>();
  for (const report of reports) {
    const shared = new Map<string, string[]>();
    for (const eventId of new Set(report.eventIds)) {
      for (const other of reportsByEvent.get(eventId) ?? []) {
        if (other.id !== report.id) push(shared, other.id, eventId);
      }
    }
    const ranked = [...shared]
      .map(([id, sharedEventIds]) => ({ report: reportById.get(id)!, sharedEventIds }))
      .sort(
        (a, b) =>
          b.sharedEventIds.length - a.sharedEventIds.length ||
          storyOrder.get(a.report.id)! - storyOrder.get(b.report.id)!,
      );
    relatedReports.set(report.id, ranked.slice(0, relatedLimit));
  }

  const neighbours = new Map<string, { previous?: R; next?: R }>();
  reports.forEach((report, index) => {
    neighbours.set(report.id, { previous: reports[index - 1], next: reports[index + 1] });
  });

  const timeline = buildTimeline(reports, events, reportsByEvent, timeZone);
  const { pageSize = 100, homeItems = 50 } = input;
  const timelinePages = timeline.flatMap((period) => {
    const pageCount = Math.ceil(period.items.length / pageSize);
    return Array.from({ length: pageCount }, (_, index) => ({
      ...period,
      items: period.items.slice(index * pageSize, (index + 1) * pageSize),
      page: index + 1,
      pageCount,
    }));
  });
  const periods = timeline.map(({ key, label, items }) => ({
    key,
    label,
    itemCount: items.length,
    pageCount: Math.ceil(items.length / pageSize),
  }));
  const homeTimeline = latestItems(timeline, homeItems);
  const shownOnHome = new Map(homeTimeline.map((period) => [period.key, period.items.length]));
  const earlierPeriods = periods.filter((period) => shownOnHome.get(period.key) !== period.itemCount).reverse();

  const publication = (report: R) => earliestInstant(report.published, timeZone);
  const newestFirst = (subset: R[]) =>
    [...subset].sort((a, b) => publication(b) - publication(a) || storyOrder.get(b.id)! - storyOrder.get(a.id)!);

  const reportsNewestFirst = newestFirst(reports);
  const feedBySource = new Map<string, R[]>();
  const feedByEntity = new Map<string, R[]>();
  for (const report of reportsNewestFirst) {
    push(feedBySource, report.sourceId, report);
    for (const id of new Set(report.citedSourceIds)) if (!reportsBySource.has(id)) push(feedBySource, id, report);
    for (const id of new Set(report.entityIds)) push(feedByEntity, id, report);
  }

  const reportsByWeek = new Map<string, number>();
  let reportsWithoutWeek = 0;
  for (const report of reports) {
    const week = weekOf(report.published, timeZone);
    if (week) reportsByWeek.set(week, (reportsByWeek.get(week) ?? 0) + 1);
    else reportsWithoutWeek++;
  }
  const weeks = [...reportsByWeek.keys()].sort();
  const coverageByWeek = weeks.length
    ? weeksBetween(weeks[0], weeks.at(-1)!).map((week) => ({ week, count: reportsByWeek.get(week) ?? 0 }))
    : [];

  const claims = [...inputClaims].sort(
    (a, b) => compareSpans({ start: a.history[0].date }, { start: b.history[0].date }, timeZone) || byId(a, b),
  );
  const reportsByClaim = new Map<string, CarriedClaim<R>[]>();
  for (const report of reports) {
    for (const { claimId, mentionsResponse } of report.claimRefs) push(reportsByClaim, claimId, { report, mentionsResponse });
  }
  const claimsByEntity = new Map<string, C[]>();
  for (const claim of claims) for (const id of new Set(claim.entityIds)) push(claimsByEntity, id, claim);

  const eventCoverage = new Map<string, CoverageCell<R>>();
  const cell = (outletId: string, eventId: string) => {
    const key = `${outletId}|${eventId}`;
    if (!eventCoverage.has(key)) eventCoverage.set(key, { broke: false, first: false, via: [], reports: [] });
    return eventCoverage.get(key)!;
  };
  for (const event of events) for (const outletId of event.outletIds) cell(outletId, event.id).broke = true;
  for (const [eventId, covering] of reportsByEvent) {
    const scoopOutlets = eventById.get(eventId)!.outletIds;
    covering.forEach((report, index) => {
      const entry = cell(report.sourceId, eventId);
      entry.reports.push(report);
      if (index === 0) entry.first = true;
      for (const cited of report.citedSourceIds) {
        if (scoopOutlets.includes(cited) && !entry.via.includes(cited)) entry.via.push(cited);
      }
    });
  }

  const claimCoverage = new Map<string, ClaimCell<R>>();
  for (const claim of claims) {
    claimCoverage.set(`${claim.firstReportedBy}|${claim.id}`, { first: true, reports: [], mentioningResponse: 0, withResponseDue: 0 });
    for (const { report, mentionsResponse } of reportsByClaim.get(claim.id) ?? []) {
      const key = `${report.sourceId}|${claim.id}`;
      const entry = claimCoverage.get(key) ?? { first: false, reports: [], mentioningResponse: 0, withResponseDue: 0 };
      entry.reports.push(report);
      if (mentionsResponse !== undefined) entry.withResponseDue++;
      if (mentionsResponse) entry.mentioningResponse++;
      claimCoverage.set(key, entry);
    }
  }

  const citationCounts = new Map<string, number>();
  for (const report of reports) {
    for (const cited of new Set(report.citedSourceIds)) {
      const key = `${report.sourceId}|${cited}`;
      citationCounts.set(key, (citationCounts.get(key) ?? 0) + 1);
    }
  }
  const citations = [...citationCounts]
    .map(([key, count]) => {
      const [from, to] = key.split('|');
      return { from: sourceById.get(from)!, to: sourceById.get(to)!, reports: count };
    })
    .sort((a, b) => b.reports - a.reports || byId(a.from, b.from) || byId(a.to, b.to));
  const upstreamBySource = new Map<string, { source: S; reports: number }[]>();
  const downstreamBySource = new Map<string, { source: S; reports: number }[]>();
  for (const { from, to, reports: count } of citations) {
    push(upstreamBySource, from.id, { source: to, reports: count });
    push(downstreamBySource, to.id, { source: from, reports: count });
  }

  return {
    reports,
    events,
    sources,
    reportingSources: sources.filter((source) => reportsBySource.has(source.id)),
    citedOnlySources: sources.filter((source) => !reportsBySource.has(source.id)),
    entities,
    timeline,
    timelinePages,
    periods,
    homeTimeline,
    earlierPeriods,
    reportsNewestFirst,
    newestFirst,
    feedBySource,
    feedByEntity,
    latestDevelopment: events.findLast((event) => !event.planned),
    coverageByWeek,
    reportsWithoutWeek,
    reportById,
    eventById,
    sourceById,
    entityById,
    reportsBySource,
    citingReportsBySource,
    eventsByOutlet,
    reportsByEvent,
    sourcesByEvent,
    reportsByEntity,
    eventsByEntity,
    relatedReports,
    neighbours,
    claims,
    claimById,
    reportsByClaim,
    claimsByEntity,
    eventCoverage,
    claimCoverage,
    citations,
    upstreamBySource,
    downstreamBySource,
  };
}

/** The last `count` items of a timeline, keeping their sections. */
function latestItems<R, E>(timeline: TimelinePeriod<R, E>[], count: number): TimelinePeriod<R, E>[] {
  const kept: TimelinePeriod<R, E>[] = [];
  let remaining = count;
  for (let index = timeline.length - 1; index >= 0 && remaining > 0; index--) {
    const period = timeline[index];
    const items = period.items.slice(Math.max(0, period.items.length - remaining));
    kept.unshift({ ...period, items });
    remaining -= items.length;
  }
  return kept;
}

/** Events and reports interleaved in story order, in contiguous month (or year) sections. */
function buildTimeline<R extends GraphReport, E extends GraphEvent>(
  reports: R[],
  events: E[],
  reportsByEvent: Map<string, R[]>,
  timeZone: string,
): TimelinePeriod<R, E>[] {
  type Entry = { span: StorySpan; item: TimelineItem<R, E> };
  const entries: Entry[] = [
    ...events.map((event) => ({
      span: event.span,
      item: { kind: 'event', id: event.id, event, coveredBy: reportsByEvent.get(event.id) ?? [] } as const,
    })),
    ...reports.map((report) => ({
      span: { start: report.published },
      item: { kind: 'report', id: report.id, report } as const,
    })),
  ];
  // Same moment: events before the reports about them, events by rank, then ids for a stable order.
  const rankOf = (item: TimelineItem<R, E>) => (item.kind === 'event' ? item.event.rank : Number.MAX_SAFE_INTEGER);
  entries.sort(
    (a, b) => compareSpans(a.span, b.span, timeZone) || rankOf(a.item) - rankOf(b.item) || byId(a.item, b.item),
  );

  const periods: TimelinePeriod<R, E>[] = [];
  for (const { span, item } of entries) {
    const key = periodKey(span, timeZone);
    const current = periods.at(-1);
    if (current?.key === key) current.items.push(item);
    else periods.push({ key, label: formatPeriodKey(key), items: [item] });
  }
  return periods;
}
