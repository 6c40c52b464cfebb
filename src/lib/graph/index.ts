// The story as a graph, built once from plain arrays: every derived fact the pages show has its home here.
import { periodKey } from '../dates';
import { citations, claimCoverage, eventCoverage, type Citation, type CoverageMatrix } from './coverage';
import type { Limits } from './limits';
import { orderedReport, resolveNodes } from './nodes';
import { latestOf, orderMarks, storyOrder } from './ordering';
import { checkReferences } from './references';
import { correctionsLog, type LoggedCorrection } from './corrections';
import { precisionGuide, type PrecisionEntry } from './guide';
import {
  blindSpots,
  claimsBoard,
  outletMix,
  updates,
  type BlindSpot,
  type BoardGroup,
  type OutletMix,
  type Updates,
} from './overview';
import {
  buildTimeline,
  firstItems,
  pageTimeline,
  summarisePeriods,
  type PeriodSummary,
  type TimelinePage,
  type TimelinePeriod,
} from './timeline';
import type {
  ClaimNode,
  DataTypes,
  EntityNode,
  EventNode,
  Priority,
  PriorityMark,
  ReportNode,
  SourceNode,
  StoryInput,
} from './types';

export interface StoryGraph<T extends DataTypes> {
  /** Reports in story order, oldest first; `reportsNewestFirst` is the order of feeds and lists. */
  reports: ReportNode<T>[];
  reportsNewestFirst: ReportNode<T>[];
  /** "Order not known" beside each report whose place in `reportsNewestFirst` its dates do not prove. */
  reportOrderMarks: Record<string, PriorityMark>;
  /** The newest reports, as many as a feed carries: the site feed. */
  feed: ReportNode<T>[];
  /** Events in story order, oldest first; `eventOrderMarks` where their dates do not prove it. */
  events: EventNode<T>[];
  eventOrderMarks: Record<string, PriorityMark>;
  /** Outlets with reports of their own, then outlets only cited, each by name. */
  reportingSources: SourceNode<T>[];
  citedOnlySources: SourceNode<T>[];
  sources: SourceNode<T>[];
  entities: EntityNode<T>[];
  /** Entities grouped by kind, kinds in the given order, empty kinds left out. */
  entitiesByKind: { kind: string; entities: EntityNode<T>[] }[];
  /** Claims in story order of when they were first made (see `storyOrder`); `claimOrderMarks` where unproven. */
  claims: ClaimNode<T>[];
  claimOrderMarks: Record<string, PriorityMark>;
  timeline: TimelinePeriod<T>[];
  timelinePages: TimelinePage<T>[];
  periods: PeriodSummary[];
  /** The latest items of the timeline, newest first, in sections, for the home page. */
  homeTimeline: TimelinePeriod<T>[];
  /** Events announced as planned in the reports, in story order: the home page shows them apart. */
  plans: EventNode<T>[];
  /** Periods the home page shows only in part or not at all, latest first: the way into the archive. */
  earlierPeriods: PeriodSummary[];
  /** The development(s) that may be the latest that has happened; one only when the dates prove it. */
  latestDevelopment: Priority<EventNode<T>>;
  stats: {
    reports: number;
    outlets: number;
    countries: number;
    outletsWithoutCountry: number;
    events: number;
    claims: number;
  };
  /** Where the claims stand, by status. */
  claimsBoard: BoardGroup<T>[];
  /** The reporting outlets by country, language and kind. */
  outletMix: OutletMix;
  blindSpots: BlindSpot<T>[];
  /** What was added or corrected last, from dates in the content. */
  updates: Updates<T>;
  /** Every correction, newest first. */
  corrections: LoggedCorrection<T>[];
  /** Every way a date can be known, each with the story's first item dated that way: the about page's guide. */
  precisionGuide: PrecisionEntry<T>[];
  eventCoverage: CoverageMatrix<T>;
  claimCoverage: CoverageMatrix<T>;
  citations: Citation<T>[];
  limits: Limits;
  reportById: Map<string, ReportNode<T>>;
  eventById: Map<string, EventNode<T>>;
  sourceById: Map<string, SourceNode<T>>;
  entityById: Map<string, EntityNode<T>>;
  claimById: Map<string, ClaimNode<T>>;
}

const indexBy = <N extends { id: string }>(nodes: N[]) => new Map(nodes.map((node) => [node.id, node]));
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);

export function buildStoryGraph<T extends DataTypes>(input: StoryInput<T>): StoryGraph<T> {
  checkReferences(input);
  const { timeZone } = input;
  const { reports, events, eventRanks, sources, entities, claims, limits } = resolveNodes(input);

  const newestFirst = storyOrder(timeZone, 'newest-first');
  const reportsNewestFirst = [...reports].sort((a, b) => newestFirst(orderedReport(a), orderedReport(b)));
  const newest = new Map(reportsNewestFirst.map((report, index) => [report, index]));
  const byNewest = (a: ReportNode<T>, b: ReportNode<T>) => newest.get(a)! - newest.get(b)!;
  const feedOf = (list: ReportNode<T>[]) => [...list].sort(byNewest).slice(0, limits.feedItems);
  for (const source of sources) source.feed = feedOf(source.citedOnly ? source.citingReports : source.reports);
  for (const entity of entities) entity.feed = feedOf(entity.reports);

  const ranked = (list: EventNode<T>[]) => list.map((node) => ({ node, rank: eventRanks.get(node.id)! }));
  const timeline = buildTimeline(reports, ranked(events), timeZone);
  const periods = summarisePeriods(timeline, limits.timelinePage);
  // The home page tells what has happened, newest first; plans announced in the reports stand apart, so the
  // page never opens on a pickup planned for 2027.
  const homeTimeline = firstItems(
    buildTimeline(reports, ranked(events.filter((event) => !event.planned)), timeZone, 'newest-first'),
    limits.homeItems,
  );
  // A period counts as shown on the home page when its happened items are in the timeline and its plans in
  // their own section; only periods with items in neither are "earlier in the story".
  const shownOnHome = new Map(homeTimeline.map((period) => [period.key, period.items.length]));
  for (const event of events.filter((node) => node.planned)) {
    const key = periodKey(event.span, timeZone);
    shownOnHome.set(key, (shownOnHome.get(key) ?? 0) + 1);
  }

  for (const source of sources) {
    const upstream = new Map<SourceNode<T>, number>();
    for (const report of source.reports)
      for (const cited of report.cited) upstream.set(cited, (upstream.get(cited) ?? 0) + 1);
    source.upstream = [...upstream]
      .map(([cited, n]) => ({ source: cited, reports: n }))
      .sort((a, b) => b.reports - a.reports || byName(a.source, b.source));
  }
  for (const source of sources)
    for (const edge of source.upstream) edge.source.downstream.push({ source, reports: edge.reports });
  for (const source of sources) source.downstream.sort((a, b) => b.reports - a.reports || byName(a.source, b.source));

  const happened = events.filter((event) => !event.planned);
  const planned = events.filter((event) => event.planned);
  const reportingSources = sources.filter((source) => !source.citedOnly).sort(byName);
  const corrections = correctionsLog(reports, events, claims, timeZone);

  return {
    reports,
    reportsNewestFirst,
    reportOrderMarks: orderMarks(reportsNewestFirst, (report) => report.published),
    eventOrderMarks: orderMarks(events, (event) => event.when),
    feed: reportsNewestFirst.slice(0, limits.feedItems),
    events,
    reportingSources,
    citedOnlySources: sources.filter((source) => source.citedOnly).sort(byName),
    sources,
    entities,
    entitiesByKind: (input.entityKinds?.order ?? [])
      .map((kind) => ({ kind, entities: entities.filter((entity) => input.entityKinds!.of(entity.data) === kind) }))
      .filter((group) => group.entities.length > 0),
    claims,
    claimOrderMarks: orderMarks(claims, (claim) => claim.made),
    timeline,
    timelinePages: pageTimeline(timeline, limits.timelinePage),
    periods,
    homeTimeline,
    plans: planned,
    earlierPeriods: periods.filter((period) => shownOnHome.get(period.key) !== period.itemCount).reverse(),
    latestDevelopment: latestOf(
      happened,
      (event) => event.when.interval,
      (event) => `${event.title} (${event.when.label})`,
    ),
    stats: {
      reports: reports.length,
      outlets: reportingSources.length,
      countries: new Set(reportingSources.flatMap((source) => source.country ?? [])).size,
      outletsWithoutCountry: reportingSources.filter((source) => !source.country).length,
      events: events.length,
      claims: claims.length,
    },
    claimsBoard: claimsBoard(claims),
    outletMix: outletMix(reportingSources),
    blindSpots: blindSpots(events),
    updates: updates(
      reportsNewestFirst,
      corrections.map((correction) => correction.when),
      limits.recentlyAdded,
      timeZone,
    ),
    corrections,
    precisionGuide: precisionGuide(timeline),
    eventCoverage: eventCoverage(events),
    claimCoverage: claimCoverage(claims),
    citations: citations(reports),
    limits,
    reportById: indexBy(reports),
    eventById: indexBy(events),
    sourceById: indexBy(sources),
    entityById: indexBy(entities),
    claimById: indexBy(claims),
  };
}

export { coverageCell, type CoverageMatrix } from './coverage';
export { DanglingReferenceError } from './references';
export type { PeriodSummary, TimelinePage, TimelinePeriod } from './timeline';
export type * from './types';
export {
  COVERAGE_MARKS,
  MOVED_BY,
  PROBABLE_MEANING,
  STATUS_NOT_VERIFIED,
  STORY_KICKERS,
  count,
  feedTitle,
  probableNote,
  listInWords,
  outletLabel,
} from './wording';
export { reportOutletLabel } from './claims';
export type { Limits } from './limits';
export type { Tally } from './overview';
export { orderMarks } from './ordering';
