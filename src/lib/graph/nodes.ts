// Resolves every reference once: plain inputs in, nodes that point at each other out, in story order.
import { claimNode, finishClaim, reportOutletLabel } from './claims';
import { correctionsOf } from './corrections';
import { outletLabel, priorityMarks, reportedByText } from './wording';
import { dateView, intervalOf } from '../dates';
import { LIMITS, READING_SPEED, type Limits } from './limits';
import { byId, firstOf, ordered, orderMarks, storyOrder } from './ordering';
import { resolve } from './references';
import type { ClaimNode, DataTypes, EntityNode, EventNode, Reach, ReportNode, SourceNode, StoryInput } from './types';

export interface ResolvedStory<T extends DataTypes> {
  reports: ReportNode<T>[];
  events: EventNode<T>[];
  eventRanks: Map<string, number>;
  sources: SourceNode<T>[];
  entities: EntityNode<T>[];
  claims: ClaimNode<T>[];
  limits: Limits;
}

export function resolveNodes<T extends DataTypes>(input: StoryInput<T>): ResolvedStory<T> {
  const { timeZone } = input;
  const limits = { ...LIMITS, ...input.limits };
  // Sorted by id so that the order files are read in never shows: two builds of the same content are identical.
  const sources = [...input.sources].sort(byId).map((source): SourceNode<T> => ({
    id: source.id,
    name: source.name,
    country: source.country,
    language: source.language,
    kind: source.kind,
    data: source.data,
    probable: false,
    label: source.name,
    citedOnly: true,
    reports: [],
    citingReports: [],
    reportOrderMarks: {},
    citingOrderMarks: {},
    feed: [],
    scoops: [],
    upstream: [],
    downstream: [],
  }));
  const entities = [...input.entities].sort(byId).map((entity): EntityNode<T> => ({
    id: entity.id,
    name: entity.name,
    data: entity.data,
    reports: [],
    feed: [],
    events: [],
    claims: [],
    reportOrderMarks: {},
    eventOrderMarks: {},
    claimOrderMarks: {},
  }));
  const sourceById = new Map(sources.map((node) => [node.id, node]));
  const entityById = new Map(entities.map((node) => [node.id, node]));

  const eventRanks = new Map(input.events.map((event) => [event.id, event.kindRank]));
  const coveredBy = reportedBy(input, timeZone);
  const events = input.events
    .map((event): EventNode<T> => ({
      id: event.id,
      storyIds: event.storyIds ?? [],
      title: event.title,
      data: event.data,
      span: event.span,
      when: dateView(event.span, timeZone, undefined, event.span.planned ? undefined : coveredBy.get(event.id)),
      planned: event.span.planned ?? false,
      entities: event.entityIds.map(resolve(entityById, event, 'entities', 'entities')),
      brokeBy: event.outletIds.map(resolve(sourceById, event, 'outlets', 'sources')),
      reports: [],
      coveringSources: [],
      firstCoverage: { candidates: [], known: false, why: '' },
      coverageMarks: {},
      reportMarks: {},
      reach: { outlets: 0, countries: [], probableCountries: [], unknownCountry: 0 },
      corrections: correctionsOf(event.corrections, timeZone),
    }))
    .sort((a, b) =>
      storyOrder(timeZone)(ordered(a.id, a.when, eventRanks.get(a.id)), ordered(b.id, b.when, eventRanks.get(b.id))),
    );
  const eventById = new Map(events.map((node) => [node.id, node]));
  const eventIndex = new Map(events.map((node, index) => [node.id, index]));

  // In story order of when each was first made, so that every list of them (entity pages too) is.
  const claims = (input.claims ?? [])
    .map((claim) => claimNode(claim, { timeZone, sourceById, entityById, eventById }))
    .sort((a, b) => storyOrder(timeZone)(ordered(a.id, a.made), ordered(b.id, b.made)));
  const claimById = new Map(claims.map((node) => [node.id, node]));

  const reports = input.reports
    .map((report): ReportNode<T> => {
      const followed = report.publishedAfterId
        ? resolve(eventById, report, 'publishedAfter', 'events')(report.publishedAfterId)
        : undefined;
      return {
        id: report.id,
        storyIds: report.storyIds ?? [],
        data: report.data,
        source: resolve(sourceById, report, 'source', 'sources')(report.sourceId),
        attribution: report.attribution,
        published: dateView({ start: report.published }, timeZone, followed?.when.interval.earliest),
        followed,
        updated: report.updated && dateView({ start: report.updated }, timeZone),
        events: [...new Set(report.eventIds)]
          .map(resolve(eventById, report, 'events', 'events'))
          .sort((a, b) => eventIndex.get(a.id)! - eventIndex.get(b.id)!),
        entities: [...new Set(report.entityIds)].map(resolve(entityById, report, 'entities', 'entities')),
        eventOrderMarks: {},
        cited: [...new Set(report.citedSourceIds)].map(resolve(sourceById, report, 'cites', 'sources')),
        claims: [],
        related: [],
        readingMinutes: Math.max(1, Math.round(report.words / READING_SPEED)),
        added: dateView({ start: report.added }, timeZone),
        corrections: correctionsOf(report.corrections, timeZone),
      };
    })
    .sort((a, b) => storyOrder(timeZone)(orderedReport(a), orderedReport(b)));
  const inputs = new Map(input.reports.map((report) => [report.id, report]));

  for (const report of reports) {
    report.source.reports.push(report);
    report.source.citedOnly = false;
    for (const cited of report.cited) cited.citingReports.push(report);
    for (const event of report.events) event.reports.push(report);
    for (const entity of report.entities) entity.reports.push(report);
    const reportInput = inputs.get(report.id)!;
    for (const { claimId, mentionsResponse } of reportInput.claimRefs) {
      const carried = { claim: resolve(claimById, reportInput, 'claims', 'claims')(claimId), report, mentionsResponse };
      report.claims.push(carried);
      carried.claim.carriers.push(carried);
    }
  }
  for (const source of sources) {
    source.probable = source.reports.length > 0 && source.reports.every((report) => report.attribution === 'probable');
    source.label = outletLabel(source.name, source.probable);
  }
  for (const event of events) {
    for (const source of event.brokeBy) source.scoops.push(event);
    for (const entity of event.entities) entity.events.push(event);
    event.coveringSources = [...new Set(event.reports.map((report) => report.source))];
    event.reach = reachOf(event.coveringSources);
    event.firstCoverage = firstOf(
      event.reports,
      (report) => report.published.interval,
      (report) => `${reportOutletLabel(report)}, ${report.published.label}`,
    );
    event.coverageMarks = priorityMarks(event.reports, event.firstCoverage, { one: 'report', many: 'reports' });
    event.knownBy = knownBy(event, timeZone);
  }
  for (const claim of claims) {
    finishClaim(claim);
    for (const entity of claim.entities) entity.claims.push(claim);
  }
  relate(reports, limits.relatedReports);
  reports.forEach((report, index) => {
    report.previous = reports[index - 1];
    report.next = reports[index + 1];
    if (report.previous) report.previousMark = orderMarks([report.previous, report], published)[report.previous.id];
    if (report.next) report.nextMark = orderMarks([report, report.next], published)[report.next.id];
  });
  markUnprovenOrder(reports, events, sources, entities);
  return { reports, events, eventRanks, sources, entities, claims, limits };
}

/**
 * For each event that had happened when reported, the last instant by which it had: the latest instant of its
 * earliest-ending covering report (a report's date narrowed by the event it follows, as on its node).
 */
function reportedBy<T extends DataTypes>(input: StoryInput<T>, timeZone: string): Map<string, number> {
  const earliestOf = new Map(input.events.map((event) => [event.id, intervalOf(event.span, timeZone).earliest]));
  const bound = new Map<string, number>();
  for (const report of input.reports) {
    const after = report.publishedAfterId ? earliestOf.get(report.publishedAfterId) : undefined;
    const { latest } = intervalOf({ start: report.published }, timeZone, after);
    for (const id of report.eventIds) bound.set(id, Math.min(bound.get(id) ?? Infinity, latest));
  }
  return bound;
}

/** The earliest covering report, when it proves the event happened before its date as written could have ended. */
function knownBy<T extends DataTypes>(event: EventNode<T>, timeZone: string): EventNode<T>['knownBy'] {
  if (event.planned || event.reports.length === 0) return undefined;
  const earliest = event.reports.reduce((best, report) =>
    report.published.interval.latest < best.published.interval.latest ? report : best,
  );
  if (earliest.published.interval.latest >= intervalOf(event.span, timeZone).latest) return undefined;
  return { report: earliest, text: reportedByText(earliest.published.label, reportOutletLabel(earliest)) };
}

const published = <T extends DataTypes>(report: ReportNode<T>) => report.published;

/** Every list a page shows in story order says where its dates do not prove an item's place. */
function markUnprovenOrder<T extends DataTypes>(
  reports: ReportNode<T>[],
  events: EventNode<T>[],
  sources: SourceNode<T>[],
  entities: EntityNode<T>[],
) {
  const when = (event: EventNode<T>) => event.when;
  for (const source of sources) {
    source.reportOrderMarks = orderMarks(source.reports, published);
    source.citingOrderMarks = orderMarks(source.citingReports, published);
  }
  for (const entity of entities) {
    entity.reportOrderMarks = orderMarks(entity.reports, published);
    entity.eventOrderMarks = orderMarks(entity.events, when);
    entity.claimOrderMarks = orderMarks(entity.claims, (claim) => claim.made);
  }
  for (const event of events) event.reportMarks = { ...orderMarks(event.reports, published), ...event.coverageMarks };
  for (const report of reports) report.eventOrderMarks = orderMarks(report.events, when);
}

/** How many outlets covered something, and from which countries, as far as we know them. */
function reachOf<T extends DataTypes>(outlets: SourceNode<T>[]): Reach {
  const known = outlets.flatMap((source) => source.country ?? []);
  const countries = [...new Set(known)].sort();
  const confirmed = new Set(outlets.flatMap((source) => (source.probable ? [] : (source.country ?? []))));
  return {
    outlets: outlets.length,
    countries,
    probableCountries: countries.filter((country) => !confirmed.has(country)),
    unknownCountry: outlets.length - known.length,
  };
}

/** How reports enter the story order: by publication as written, ties by outlet name. */
export const orderedReport = <T extends DataTypes>(report: ReportNode<T>) =>
  ordered(report.id, report.published, 0, report.source.name);

/**
 * Related reports from an inverted index (event → reports), ranked by shared events, then story order. Counting
 * shared events visits every pair of reports that share an event — at 10,000 reports some millions — so the
 * counts live in one array indexed by story position, and only the best `limit` of each report's co-reports are
 * kept as they are counted, instead of sorting them all.
 */
function relate<T extends DataTypes>(reports: ReportNode<T>[], limit: number) {
  const position = new Map(reports.map((report, index) => [report, index]));
  const members = new Map<EventNode<T>, number[]>();
  const positionsIn = (event: EventNode<T>) => {
    let found = members.get(event);
    if (!found) members.set(event, (found = event.reports.map((report) => position.get(report)!)));
    return found;
  };
  const shared = new Int32Array(reports.length);
  const touched: number[] = [];
  const ahead = (a: number, b: number) => shared[a] > shared[b] || (shared[a] === shared[b] && a < b);
  reports.forEach((report, index) => {
    for (const event of report.events) {
      for (const at of positionsIn(event)) {
        if (at === index) continue;
        if (shared[at] === 0) touched.push(at);
        shared[at] += 1;
      }
    }
    const best: number[] = [];
    for (const at of touched) {
      if (best.length === limit) {
        if (!ahead(at, best[limit - 1])) continue;
        best.pop();
      }
      let slot = best.length;
      while (slot > 0 && ahead(at, best[slot - 1])) slot -= 1;
      best.splice(slot, 0, at);
    }
    report.related = best.map((at) => ({ report: reports[at], sharedEvents: shared[at] }));
    for (const at of touched) shared[at] = 0;
    touched.length = 0;
  });
}
