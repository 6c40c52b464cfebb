// The one place collections are queried: drafts filtered, entries flattened, the site's graph (every story's, and
// each story's own) built once.
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { dateView } from './lib/dates';
import { buildSiteGraph, type StoryFront } from './lib/graph/stories';
import { scopePaths, storyPaths, type ScopePaths } from './lib/routes';
import { isPublic } from './lib/publishing';
import type { ContentTypes } from './lib/story-types';
import { createViews, type Views } from './lib/views';
import { siteStories, type Scope, type ViewSettings } from './lib/views/context';
import type { StoryIndex } from './lib/views/stories';
import { ENTITY_KINDS } from './schemas/entities';
import { EVENT_KINDS } from './schemas/events';

const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);

const [siteEntry] = await getCollection('site');
if (!siteEntry) throw new Error('content/site.yaml is missing: it names the site.');
export const site = siteEntry.data;

/** Drafts show while editing (`npm run dev`) and never in a production build. */
const showsDrafts = import.meta.env.EDITOR_PREVIEW === true;

/** A build shows what is public when it runs: a scheduled report appears in the first build after its date. */
const buildTime = Date.now();
const reportEntries = await getCollection('reports', (entry) =>
  isPublic(entry.data, buildTime, showsDrafts, site.timeZone),
);
const entryById = new Map(reportEntries.map((entry) => [entry.id, entry]));

/** The collection entry behind a report, for `render()`. */
export const reportEntry = (id: string): CollectionEntry<'reports'> => entryById.get(id)!;

const eventKindRank = Object.keys(EVENT_KINDS);

const siteGraph = buildSiteGraph<ContentTypes>({
  timeZone: site.timeZone,
  stories: (await getCollection('stories')).map(({ id, filePath, data }) => ({
    id,
    filePath,
    data,
    title: data.title,
  })),
  entityKinds: { order: Object.keys(ENTITY_KINDS), of: (entity) => entity.kind },
  reports: reportEntries.map((entry) => ({
    id: entry.id,
    filePath: entry.filePath,
    data: entry.data,
    storyIds: ids(entry.data.stories),
    sourceId: entry.data.source.id,
    attribution: entry.data.attribution,
    published: entry.data.published,
    publishedAfterId: entry.data.publishedAfter?.id,
    updated: entry.data.updated,
    eventIds: ids(entry.data.events),
    entityIds: ids(entry.data.entities),
    citedSourceIds: ids(entry.data.cites),
    claimRefs: entry.data.claims.map(({ claim, mentionsResponse }) => ({ claimId: claim.id, mentionsResponse })),
    words: (entry.body ?? '').split(/\s+/).filter(Boolean).length,
    added: entry.data.added,
    corrections: entry.data.corrections,
  })),
  claims: (await getCollection('claims')).map(({ id, filePath, data }) => ({
    id,
    filePath,
    data,
    storyIds: ids(data.stories),
    statement: data.statement,
    basis: data.basis,
    claimantId: data.claimant?.id,
    brokenById: data.brokenBy?.id,
    basisNote: data.basisNote,
    firstReportedEarlier: data.firstReportedEarlier,
    entityIds: ids(data.entities),
    eventIds: ids(data.events),
    history: data.history.map((change) => ({
      status: change.status,
      date: change.date,
      approximate: change.approximate,
      outletId: change.outlet?.id,
      entityId: change.entity?.id,
      note: change.note,
    })),
    corrections: data.corrections,
  })),
  events: (await getCollection('events')).map(({ id, filePath, data }) => ({
    id,
    filePath,
    data,
    storyIds: ids(data.stories),
    title: data.title,
    span: { start: data.date, end: data.end, approximate: data.approximate, planned: data.planned },
    kindRank: eventKindRank.indexOf(data.kind),
    entityIds: ids(data.entities),
    outletIds: ids(data.outlets),
    corrections: data.corrections,
  })),
  sources: (await getCollection('sources')).map(({ id, filePath, data }) => ({
    id,
    filePath,
    data,
    name: data.name,
    country: data.country,
    language: data.language,
    kind: data.kind,
  })),
  entities: (await getCollection('entities')).map(({ id, filePath, data }) => ({
    id,
    filePath,
    data,
    name: data.name,
  })),
});

/** Every story's entries together: the site-wide pages (reports, outlets, people, the site's timeline and feeds). */
export const story = siteGraph.all;

/** The stories the site follows, newest development first, with the marks and ties of that order. */
export const stories: StoryIndex = siteGraph;

/**
 * Every page's view builders and cache keys (src/lib/views). A digest is fingerprinted as rendered, so a change to
 * the Markdown pipeline's output (an entity renamed, so its links change) counts as a change.
 */
const settings: ViewSettings = {
  site,
  siteUrl: import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined,
  digests: new Map(
    reportEntries.map((entry) => [
      entry.id,
      createHash('sha1')
        .update(entry.rendered?.html ?? `${entry.digest}\n${entry.body}`)
        .digest('base64url'),
    ]),
  ),
  stories: siteStories(siteGraph),
};

const storyScope = (front: StoryFront<ContentTypes>, routes: ScopePaths): Scope => ({
  storyId: front.id,
  title: front.data.title,
  description: front.data.description,
  soFar: front.data.soFar,
  soFarAsOf: front.data.soFarAsOf && dateView({ start: front.data.soFarAsOf }, site.timeZone),
  status: front.data.status,
  routes,
});

/**
 * The site-wide pages' scope: a site that follows one story reads as that story's (its front at the root, as
 * before there were stories); one that follows several speaks for all of them.
 */
const siteScope: Scope = siteGraph.only
  ? storyScope(siteGraph.only, scopePaths())
  : { title: site.name, description: site.tagline, routes: scopePaths() };

export const views = createViews(story, settings, siteScope);

/** Each story with the views of its own pages under /stories/<id>/, built from its own graph. */
export const storyPages: { front: StoryFront<ContentTypes>; views: Views }[] = siteGraph.stories.map((front) => ({
  front,
  views: createViews(front.graph, settings, storyScope(front, storyPaths(front.id))),
}));
