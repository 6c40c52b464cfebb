// The one place collections are queried: drafts filtered, entries flattened, the story graph built once.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { StorySpan } from './lib/dates';
import { ENTITY_KINDS } from './schemas/entities';
import { EVENT_KINDS } from './schemas/events';
import { feedItem } from './lib/feeds';
import { buildStoryGraph } from './lib/story-graph';

const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);

const [siteEntry] = await getCollection('site');
if (!siteEntry) throw new Error('content/site.yaml is missing: it names the site and the story it follows.');
export const site = siteEntry.data;

/** The deployed site's origin (astro.config.mjs `site`), for absolute URLs in feeds and metadata. */
const siteUrl = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;

/** Drafts show while editing (`npm run dev`) and never in a production build. */
export const showsDrafts = import.meta.env.EDITOR_PREVIEW === true;

export interface Report {
  id: string;
  filePath?: string;
  entry: CollectionEntry<'reports'>;
  data: CollectionEntry<'reports'>['data'];
  sourceId: string;
  published: CollectionEntry<'reports'>['data']['published'];
  eventIds: string[];
  entityIds: string[];
  citedSourceIds: string[];
  claimRefs: { claimId: string; mentionsResponse?: boolean }[];
}

export interface Claim {
  id: string;
  filePath?: string;
  data: CollectionEntry<'claims'>['data'];
  firstReportedBy: string;
  entityIds: string[];
  eventIds: string[];
  history: { status: string; date: CollectionEntry<'claims'>['data']['history'][number]['date']; outletId?: string; entityId?: string }[];
}

export interface StoryEvent {
  id: string;
  filePath?: string;
  data: CollectionEntry<'events'>['data'];
  span: StorySpan;
  rank: number;
  planned: boolean;
  entityIds: string[];
  outletIds: string[];
}

export interface Source {
  id: string;
  data: CollectionEntry<'sources'>['data'];
}

export interface Entity {
  id: string;
  data: CollectionEntry<'entities'>['data'];
}

const reports: Report[] = (await getCollection('reports', (entry) => showsDrafts || !entry.data.draft)).map(
  (entry) => ({
    id: entry.id,
    filePath: entry.filePath,
    entry,
    data: entry.data,
    sourceId: entry.data.source.id,
    published: entry.data.published,
    eventIds: ids(entry.data.events),
    entityIds: ids(entry.data.entities),
    citedSourceIds: ids(entry.data.cites),
    claimRefs: entry.data.claims.map(({ claim, mentionsResponse }) => ({ claimId: claim.id, mentionsResponse })),
  }),
);

const claims: Claim[] = (await getCollection('claims')).map((entry) => ({
  id: entry.id,
  filePath: entry.filePath,
  data: entry.data,
  firstReportedBy: entry.data.firstReportedBy.id,
  entityIds: ids(entry.data.entities),
  eventIds: ids(entry.data.events),
  history: entry.data.history.map((change) => ({
    status: change.status,
    date: change.date,
    outletId: change.outlet?.id,
    entityId: change.entity?.id,
  })),
}));

const eventKindRank = Object.keys(EVENT_KINDS);
const events: StoryEvent[] = (await getCollection('events')).map((entry) => ({
  id: entry.id,
  filePath: entry.filePath,
  data: entry.data,
  span: { start: entry.data.date, end: entry.data.end, approximate: entry.data.approximate },
  rank: eventKindRank.indexOf(entry.data.kind),
  planned: entry.data.planned,
  entityIds: ids(entry.data.entities),
  outletIds: ids(entry.data.outlets),
}));

const sources: Source[] = (await getCollection('sources')).map(({ id, data }) => ({ id, data }));
const entities: Entity[] = (await getCollection('entities')).map(({ id, data }) => ({ id, data }));

export const story = buildStoryGraph({ reports, events, sources, entities, claims, timeZone: site.timeZone });

/** Entities grouped by kind, in the schema's order of kinds, for the index page. */
export const entitiesByKind = (Object.keys(ENTITY_KINDS) as (keyof typeof ENTITY_KINDS)[])
  .map((kind) => ({ kind, entities: story.entities.filter((entity) => entity.data.kind === kind) }))
  .filter((group) => group.entities.length > 0);

/** The headline figures of the story. */
export const storyStats = {
  reports: story.reports.length,
  outlets: story.reportingSources.length,
  countries: new Set(story.reportingSources.flatMap((source) => source.data.country ?? [])).size,
  events: story.events.length,
};

/** Words per minute of an unhurried reader, for "n min read". */
const READING_SPEED = 220;

/** Minutes to read each report's digest, from its Markdown source. */
export const readingMinutes = new Map(
  story.reports.map((report) => [
    report.id,
    Math.max(1, Math.round((report.entry.body ?? '').split(/\s+/).filter(Boolean).length / READING_SPEED)),
  ]),
);

/** Feed items for every published report, built once for all feeds. */
export const feedItems = new Map(
  story.reports.map((report) => [
    report.id,
    feedItem(report, { site: siteUrl, timeZone: site.timeZone, sourceById: story.sourceById, entityById: story.entityById }),
  ]),
);
