// Cache keys for incremental builds (`experimental.incrementalBuild` in astro.config.mjs): Astro restores a page
// from the previous build when the `cacheKey` its getStaticPaths returned and the code it imports are unchanged.
// A key here hashes every node the page shows, each node whole — every field, links to other nodes as their ids
// — so a key cannot miss a field. What it must still get right is *which* nodes a page shows: the `shows` lists
// below mirror the pages and their components (a card names its outlet, an event card its first few reports...).
// tests/build/incremental.test.ts proves no page goes stale; tests/unit/graph/cache-keys.test.ts that the keys
// move with what a page shows and only with it.
import { createHash } from 'node:crypto';
import type { StoryGraph } from './index';
import type { TimelinePage } from './timeline';
import type { ClaimNode, DataTypes, EntityNode, EventNode, ReportNode, SourceNode } from './types';

export interface CacheKeyInput {
  /** What every page shows besides its nodes: the site's settings (name, tagline, language, time zone, story). */
  site: unknown;
  /** A fingerprint of each report's digest as rendered, by report id: the one thing pages show that the graph lacks. */
  digests: ReadonlyMap<string, string>;
}

export interface CacheKeys<T extends DataTypes> {
  report(report: ReportNode<T>): string;
  source(source: SourceNode<T>): string;
  sourceFeed(source: SourceNode<T>): string;
  entity(entity: EntityNode<T>): string;
  entityFeed(entity: EntityNode<T>): string;
  event(event: EventNode<T>): string;
  claim(claim: ClaimNode<T>): string;
  timelinePage(page: TimelinePage<T>): string;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

export function cacheKeys<T extends DataTypes>(story: StoryGraph<T>, input: CacheKeyInput): CacheKeys<T> {
  const { limits } = story;
  // Every node, as it is written when another node links to it.
  const refs = new Map<object, string>();
  for (const [kind, nodes] of [
    ['report', story.reports],
    ['event', story.events],
    ['source', story.sources],
    ['entity', story.entities],
    ['claim', story.claims],
  ] as const) {
    for (const node of nodes) refs.set(node, `${kind}:${node.id}`);
  }

  const linksAsIds = (key: string, value: unknown) => {
    if (typeof value === 'function' || value instanceof Map || value instanceof Set) {
      // JSON would write these as nothing or {}: a key would then miss what they hold.
      throw new Error(`cache keys: "${key}" cannot be hashed as JSON; give the graph plain values`);
    }
    return key !== '' && typeof value === 'object' && value !== null ? (refs.get(value) ?? value) : value;
  };

  const digestOf = (id: string) => {
    const digest = input.digests.get(id);
    if (digest === undefined) throw new Error(`cache keys: no digest fingerprint for report "${id}"`);
    return digest;
  };

  const fingerprints = new WeakMap<object, string>();
  /** A hash of a node (or of any value holding nodes) with every field, its links to other nodes as ids. */
  const fingerprint = (value: object): string => {
    let known = fingerprints.get(value);
    if (known === undefined) {
      const ref = refs.get(value);
      const digest = ref?.startsWith('report:') ? digestOf((value as ReportNode<T>).id) : '';
      known = sha1(`${ref ?? ''}\n${JSON.stringify(value, linksAsIds)}\n${digest}`);
      fingerprints.set(value, known);
    }
    return known;
  };

  const shared = sha1(JSON.stringify({ site: input.site, limits }));
  const keyOf = (shows: object[]) => sha1([shared, ...shows.map(fingerprint)].join('\n'));

  // What the components show of a node beyond the node itself.
  const card = (report: ReportNode<T>): object[] => [report, report.source];
  const cards = (reports: ReportNode<T>[]) => reports.slice(0, limits.reportList).flatMap(card);
  const eventCard = (event: EventNode<T>): object[] => [
    event,
    ...event.reports.slice(0, limits.eventCardReports).flatMap(card),
  ];
  const origin = (claim: ClaimNode<T>): object[] =>
    claim.originPieces.flatMap((piece) =>
      piece.kind === 'entity'
        ? [piece.entity]
        : piece.kind === 'outlet'
          ? [piece.source]
          : piece.kind === 'report'
            ? card(piece.report)
            : [],
    );
  const claimCard = (claim: ClaimNode<T>): object[] => [claim, ...origin(claim)];
  const feedItem = (report: ReportNode<T>): object[] => [
    report,
    report.source,
    ...report.entities,
    ...report.claims.map(({ claim }) => claim),
  ];

  return {
    report: (report) =>
      keyOf([
        report,
        report.source,
        ...report.cited,
        ...report.events.flatMap(eventCard),
        ...report.claims.flatMap(({ claim }) => claimCard(claim)),
        ...report.entities,
        ...report.related.flatMap(({ report: other }) => card(other)),
        ...(report.previous ? card(report.previous) : []),
        ...(report.next ? card(report.next) : []),
      ]),
    source: (source) =>
      keyOf([
        source,
        ...source.upstream.map((edge) => edge.source),
        ...source.downstream.map((edge) => edge.source),
        ...source.scoops,
        ...cards(source.reports),
        ...cards(source.citingReports),
      ]),
    sourceFeed: (source) => keyOf([source, ...source.feed.flatMap(feedItem)]),
    entity: (entity) =>
      keyOf([
        entity,
        ...entity.events.flatMap(eventCard),
        ...entity.claims.flatMap(claimCard),
        ...cards(entity.reports),
      ]),
    entityFeed: (entity) => keyOf([entity, ...entity.feed.flatMap(feedItem)]),
    event: (event) => keyOf([event, ...event.brokeBy, ...event.entities, ...cards(event.reports)]),
    claim: (claim) =>
      keyOf([
        claim,
        ...origin(claim),
        ...claim.events,
        ...claim.history.map(({ by }) => (by.kind === 'outlet' ? by.source : by.entity)),
        ...cards(claim.carriers.map((carried) => carried.report)),
        ...claim.entities,
      ]),
    timelinePage: (page) =>
      keyOf([
        page,
        ...page.items.flatMap((item) => (item.kind === 'event' ? eventCard(item.event) : card(item.report))),
      ]),
  };
}
