// A small story for unit tests: entries written like content files (ids and quoted dates), turned into the
// story graph's input the way src/content.ts does it, with full collection data so feeds, the open-data export
// and JSON-LD can be built from the same graph. Outlets and entities named anywhere are created on the fly.
import type { z } from 'astro/zod';
import { parseStoryDate, type StoryDate } from '../../src/lib/dates';
import { buildStoryGraph, type Limits, type StoryInput } from '../../src/lib/graph';
import type { ContentTypes, Story } from '../../src/lib/story-types';
import type { ClaimBasis, ClaimStatus } from '../../src/schemas/claims';
import { ENTITY_KINDS, type EntityData } from '../../src/schemas/entities';
import { EVENT_KINDS } from '../../src/schemas/events';
import { idReference } from '../../src/schemas/reference';
import { reportSchema } from '../../src/schemas/reports';
import type { SiteData } from '../../src/schemas/site';
import type { SourceData } from '../../src/schemas/sources';
import type { StoryData } from '../../src/schemas/stories';

export const date = (text: string): StoryDate => {
  const parsed = parseStoryDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

/**
 * The values a schema fills in for fields an entry leaves out, as the content loader fills them: a field added to
 * reports with a default needs no change here.
 */
function defaultsOf<S extends z.ZodObject>(schema: S): Defaults<S> {
  return Object.fromEntries(
    Object.entries(schema.shape).flatMap(([field, type]) => {
      const def = (type as { def?: { type?: string; defaultValue?: unknown } }).def;
      return def?.type === 'default' ? [[field, structuredClone(def.defaultValue)]] : [];
    }),
  ) as Defaults<S>;
}
type Defaults<S extends z.ZodObject> = {
  [K in keyof S['shape'] as S['shape'][K] extends z.ZodDefault ? K : never]: z.output<S['shape'][K]>;
};
const REPORT_DEFAULTS = defaultsOf(reportSchema(idReference));

const ref =
  <C extends string>(collection: C) =>
  (id: string) => ({ id, collection });
const refs = <C extends string>(collection: C, ids: string[] = []) => ids.map(ref(collection));

/** "financial-times" → "Financial Times". */
export const nameOf = (id: string) =>
  id
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');

export interface CorrectionSpec {
  date: string;
  note: string;
}
export interface SourceSpec {
  id: string;
  name?: string;
  country?: string;
  language?: string;
  kind?: SourceData['kind'];
}
export interface EntitySpec {
  id: string;
  name?: string;
  kind?: EntityData['kind'];
  aliases?: string[];
}
export interface EventSpec {
  id: string;
  /** Ids of its stories; none unless given. */
  stories?: string[];
  date: string;
  end?: string;
  approximate?: boolean;
  planned?: boolean;
  kind?: keyof typeof EVENT_KINDS;
  title?: string;
  entities?: string[];
  outlets?: string[];
  corrections?: CorrectionSpec[];
}
export interface ReportSpec {
  id: string;
  /** Ids of its stories; none unless given. */
  stories?: string[];
  source: string;
  published: string;
  attribution?: 'confirmed' | 'probable';
  publishedAfter?: string;
  updated?: string;
  events?: string[];
  entities?: string[];
  cites?: string[];
  claims?: (string | { claim: string; mentionsResponse?: boolean })[];
  headline?: string;
  summary?: string;
  authors?: string[];
  url?: string;
  words?: number;
  /** When we added it to the site; "2026-11-22" unless given. */
  added?: string;
  corrections?: CorrectionSpec[];
}
export interface ChangeSpec {
  status: ClaimStatus;
  date: string;
  approximate?: boolean;
  outlet?: string;
  entity?: string;
  note?: string;
}
export interface ClaimSpec {
  id: string;
  /** Ids of its stories; none unless given. */
  stories?: string[];
  statement?: string;
  basis: ClaimBasis;
  claimant?: string;
  brokenBy?: string;
  basisNote?: string;
  firstReportedEarlier?: boolean;
  entities?: string[];
  events?: string[];
  history: ChangeSpec[];
  corrections?: CorrectionSpec[];
}
export interface StorySpecEntry {
  id: string;
  title?: string;
  status?: StoryData['status'];
  /** When it began ("2026-01"); not known unless given. */
  started?: string;
}
export interface StorySpec {
  /** The stories entries name (content/stories/); without them, membership is not checked. */
  stories?: StorySpecEntry[];
  reports: ReportSpec[];
  events?: EventSpec[];
  claims?: ClaimSpec[];
  /** Extra or renamed outlets and entities; any id used elsewhere is added with a name made from it. */
  sources?: SourceSpec[];
  entities?: EntitySpec[];
  timeZone?: string;
  limits?: Partial<Limits>;
}

const kindRank = Object.keys(EVENT_KINDS);
const correctionsOf = (corrections: CorrectionSpec[] = []) =>
  corrections.map(({ date: text, note }) => ({ date: date(text), note }));

/** The graph's input for a story spec, mapped the way src/content.ts maps collection entries. */
export function storyInput(spec: StorySpec): StoryInput<ContentTypes> {
  const events = spec.events ?? [];
  const claims = spec.claims ?? [];
  const sourceSpecs = new Map((spec.sources ?? []).map((source) => [source.id, source]));
  const entitySpecs = new Map((spec.entities ?? []).map((entity) => [entity.id, entity]));
  const needSource = (id?: string) => id && !sourceSpecs.has(id) && sourceSpecs.set(id, { id });
  const needEntity = (id?: string) => id && !entitySpecs.has(id) && entitySpecs.set(id, { id });
  for (const report of spec.reports) [report.source, ...(report.cites ?? [])].forEach(needSource);
  for (const report of spec.reports) (report.entities ?? []).forEach(needEntity);
  for (const event of events) (event.outlets ?? []).forEach(needSource);
  for (const event of events) (event.entities ?? []).forEach(needEntity);
  for (const claim of claims) {
    needSource(claim.brokenBy);
    needEntity(claim.claimant);
    (claim.entities ?? []).forEach(needEntity);
    for (const change of claim.history) {
      needSource(change.outlet);
      needEntity(change.entity);
    }
  }

  return {
    stories: spec.stories?.map((story) => {
      const data: StoryData = {
        title: story.title ?? nameOf(story.id),
        description: `The story ${story.id}.`,
        status: story.status ?? 'developing',
        ...(story.started ? { started: date(story.started) } : {}),
        soFar: [`So far in ${story.id}.`],
        soFarAsOf: date('2026-11-22'),
      };
      return { id: story.id, filePath: `content/stories/${story.id}.yaml`, title: data.title, data };
    }),
    timeZone: spec.timeZone ?? 'UTC',
    limits: spec.limits,
    entityKinds: { order: Object.keys(ENTITY_KINDS), of: (entity) => entity.kind },
    sources: [...sourceSpecs.values()].map((source) => {
      const data: SourceData = {
        name: source.name ?? nameOf(source.id),
        homepage: `https://${source.id}.example/`,
        ...(source.country ? { country: source.country } : {}),
        language: source.language ?? 'en',
        kind: source.kind ?? 'general-news',
        description: `The outlet ${source.id}.`,
      };
      return {
        id: source.id,
        filePath: `content/sources/${source.id}.yaml`,
        name: data.name,
        country: data.country,
        language: data.language,
        kind: data.kind,
        data,
      };
    }),
    entities: [...entitySpecs.values()].map((entity) => {
      const data: EntityData = {
        name: entity.name ?? nameOf(entity.id),
        kind: entity.kind ?? 'company',
        role: `Role of ${entity.id}`,
        country: 'US',
        aliases: entity.aliases ?? [],
      };
      return { id: entity.id, filePath: `content/entities/${entity.id}.yaml`, name: data.name, data };
    }),
    events: events.map((event) => {
      const kind = event.kind ?? 'business';
      const data = {
        title: event.title ?? nameOf(event.id),
        stories: refs('stories', event.stories),
        date: date(event.date),
        end: event.end ? date(event.end) : undefined,
        approximate: event.approximate ?? false,
        planned: event.planned ?? false,
        kind,
        summary: `What happened: ${event.id}.`,
        entities: refs('entities', event.entities),
        outlets: refs('sources', event.outlets),
        corrections: correctionsOf(event.corrections),
      };
      return {
        id: event.id,
        filePath: `content/events/${event.id}.yaml`,
        storyIds: event.stories ?? [],
        data,
        title: data.title,
        span: { start: data.date, end: data.end, approximate: data.approximate, planned: data.planned },
        kindRank: kindRank.indexOf(kind),
        entityIds: event.entities ?? [],
        outletIds: event.outlets ?? [],
        corrections: data.corrections,
      };
    }),
    reports: spec.reports.map((report) => {
      const claimRefs = (report.claims ?? []).map((entry) => (typeof entry === 'string' ? { claim: entry } : entry));
      const data = {
        ...REPORT_DEFAULTS,
        headline: report.headline ?? `Headline of ${report.id}`,
        stories: refs('stories', report.stories),
        source: ref('sources')(report.source),
        attribution: report.attribution ?? 'confirmed',
        authors: report.authors ?? [],
        published: date(report.published),
        publishedAfter: report.publishedAfter ? ref('events')(report.publishedAfter) : undefined,
        updated: report.updated ? date(report.updated) : undefined,
        url: report.url,
        language: 'en',
        translatedFrom: undefined,
        summary: report.summary ?? `Summary of ${report.id}.`,
        events: refs('events', report.events),
        entities: refs('entities', report.entities),
        cites: refs('sources', report.cites),
        claims: claimRefs.map(({ claim, mentionsResponse }) => ({ claim: ref('claims')(claim), mentionsResponse })),
        caveats: [],
        added: date(report.added ?? '2026-11-22'),
        corrections: correctionsOf(report.corrections),
        scheduled: false,
        draft: false,
      };
      return {
        id: report.id,
        filePath: `content/reports/${report.id}.md`,
        storyIds: report.stories ?? [],
        data,
        sourceId: report.source,
        attribution: data.attribution,
        published: data.published,
        publishedAfterId: report.publishedAfter,
        updated: data.updated,
        eventIds: report.events ?? [],
        entityIds: report.entities ?? [],
        citedSourceIds: report.cites ?? [],
        claimRefs: claimRefs.map(({ claim, mentionsResponse }) => ({ claimId: claim, mentionsResponse })),
        words: report.words ?? 300,
        added: data.added,
        corrections: data.corrections,
      };
    }),
    claims: claims.map((claim) => {
      const data = {
        statement: claim.statement ?? `Statement of ${claim.id}.`,
        stories: refs('stories', claim.stories),
        basis: claim.basis,
        claimant: claim.claimant ? ref('entities')(claim.claimant) : undefined,
        brokenBy: claim.brokenBy ? ref('sources')(claim.brokenBy) : undefined,
        basisNote: claim.basisNote,
        firstReportedEarlier: claim.firstReportedEarlier ?? false,
        entities: refs('entities', claim.entities),
        events: refs('events', claim.events),
        history: claim.history.map((change) => ({
          status: change.status,
          date: date(change.date),
          approximate: change.approximate ?? false,
          outlet: change.outlet ? ref('sources')(change.outlet) : undefined,
          entity: change.entity ? ref('entities')(change.entity) : undefined,
          note: change.note,
        })),
        corrections: correctionsOf(claim.corrections),
      };
      return {
        id: claim.id,
        filePath: `content/claims/${claim.id}.yaml`,
        storyIds: claim.stories ?? [],
        data,
        statement: data.statement,
        basis: data.basis,
        claimantId: claim.claimant,
        brokenById: claim.brokenBy,
        basisNote: claim.basisNote,
        firstReportedEarlier: claim.firstReportedEarlier,
        entityIds: claim.entities ?? [],
        eventIds: claim.events ?? [],
        history: claim.history.map((change, index) => ({
          status: change.status,
          date: data.history[index].date,
          approximate: change.approximate ?? false,
          outletId: change.outlet,
          entityId: change.entity,
          note: change.note,
        })),
        corrections: data.corrections,
      };
    }),
  };
}

/** The story graph of a spec. */
export const storyOf = (spec: StorySpec): Story => buildStoryGraph<ContentTypes>(storyInput(spec));

export const ids = (items: readonly { id: string }[] | undefined) => (items ?? []).map((item) => item.id);

export const SITE: SiteData = {
  name: 'Test Watch',
  tagline: 'A story under test',
  language: 'en',
  timeZone: 'UTC',
};

/** The test site's one story: what its pages speak for. */
export const STORY_DATA: StoryData = {
  title: 'The test story',
  description: 'A story for tests.',
  status: 'developing',
  soFar: ['So far, tests.'],
  soFarAsOf: date('2026-11-22'),
};

/**
 * The Ford story in miniature: Bloomberg's scoop on 13 or 14 February 2026 of a pitch Farley made in January,
 * relayed by Electrek (16 Feb, to the minute) and by three reports dated only "2026-02", two of them only
 * probably by their outlets; and AutoPapo's 4 Feb report of the FT's earlier story and Ford's denial.
 */
export function fordStory(
  options: { publishedAfter?: boolean; limits?: Partial<Limits>; timeZone?: string } = {},
): StorySpec {
  const after = options.publishedAfter ? 'bloomberg-scoop' : undefined;
  return {
    timeZone: options.timeZone,
    limits: options.limits,
    sources: [
      { id: 'autoguide', name: 'AutoGuide', country: 'US' },
      { id: 'autopapo', name: 'AutoPapo', country: 'BR' },
      { id: 'electrek', name: 'Electrek', country: 'US' },
      { id: 'drive', name: 'Drive', country: 'AU' },
      { id: 'torque-cafe', name: 'Torque Cafe', country: 'IN' },
      { id: 'bloomberg', name: 'Bloomberg', country: 'US' },
      { id: 'financial-times', name: 'Financial Times', country: 'GB' },
    ],
    entities: [
      { id: 'ford', name: 'Ford' },
      { id: 'jim-farley', name: 'Jim Farley', kind: 'person' },
      { id: 'donald-trump', name: 'Donald Trump', kind: 'person' },
      { id: 'xiaomi', name: 'Xiaomi' },
    ],
    events: [
      { id: 'trump-speech', date: '2026-01-13', kind: 'statement', entities: ['donald-trump'] },
      { id: 'detroit-pitch', date: '2026-01', kind: 'meeting', entities: ['jim-farley', 'ford'] },
      {
        id: 'ft-story',
        date: '2026-02-01 or 2026-02-02',
        approximate: true,
        kind: 'report',
        outlets: ['financial-times'],
        entities: ['ford', 'xiaomi'],
      },
      { id: 'ford-denial', date: '2026-02-01 or 2026-02-02', approximate: true, kind: 'denial', entities: ['ford'] },
      {
        id: 'bloomberg-scoop',
        date: '2026-02-13 or 2026-02-14',
        kind: 'report',
        outlets: ['bloomberg'],
        entities: ['ford', 'jim-farley'],
      },
      { id: 'xi-meeting', date: '2026-04', planned: true, kind: 'meeting', entities: ['donald-trump'] },
    ],
    claims: [
      {
        id: 'trump-let-china-come-in',
        statement: 'Trump said Chinese carmakers may build plants in the US.',
        basis: 'on-record',
        claimant: 'donald-trump',
        events: ['trump-speech'],
        entities: ['donald-trump'],
        history: [{ status: 'on-record', date: '2026-01-13', entity: 'donald-trump' }],
      },
      {
        id: 'farley-pitch',
        statement: 'Farley pitched US joint ventures with Chinese EV makers.',
        basis: 'unnamed-sources',
        brokenBy: 'bloomberg',
        events: ['bloomberg-scoop', 'detroit-pitch'],
        entities: ['jim-farley'],
        history: [{ status: 'reported', date: '2026-02-13 or 2026-02-14', outlet: 'bloomberg' }],
      },
      {
        id: 'ford-xiaomi-talks',
        statement: 'Ford held talks with Xiaomi about US production.',
        basis: 'unnamed-sources',
        brokenBy: 'financial-times',
        events: ['ft-story', 'ford-denial'],
        entities: ['ford', 'xiaomi'],
        history: [
          { status: 'reported', date: '2026-02-01 or 2026-02-02', approximate: true, outlet: 'financial-times' },
          { status: 'denied', date: '2026-02-01 or 2026-02-02', approximate: true, entity: 'ford' },
        ],
      },
    ],
    reports: [
      {
        id: 'electrek-ford-asks',
        source: 'electrek',
        published: '2026-02-16T15:45Z',
        authors: ['Fred Lambert'],
        url: 'https://electrek.example/ford-asks',
        events: ['trump-speech', 'bloomberg-scoop', 'detroit-pitch', 'xi-meeting'],
        entities: ['ford', 'jim-farley', 'donald-trump'],
        cites: ['bloomberg'],
        claims: ['farley-pitch', { claim: 'trump-let-china-come-in', mentionsResponse: true }],
        words: 660,
      },
      {
        id: 'autoguide-ford-wants',
        source: 'autoguide',
        published: '2026-02',
        publishedAfter: after,
        events: ['bloomberg-scoop', 'detroit-pitch'],
        entities: ['ford'],
        cites: ['bloomberg'],
        claims: ['farley-pitch'],
      },
      {
        id: 'torque-cafe-landmark',
        source: 'torque-cafe',
        attribution: 'probable',
        published: '2026-02',
        publishedAfter: after,
        events: ['ft-story', 'ford-denial', 'bloomberg-scoop', 'detroit-pitch'],
        entities: ['ford', 'xiaomi'],
        cites: ['financial-times', 'bloomberg'],
        claims: [{ claim: 'ford-xiaomi-talks', mentionsResponse: true }, 'farley-pitch'],
      },
      {
        id: 'drive-farley-met',
        source: 'drive',
        attribution: 'probable',
        published: '2026-02',
        publishedAfter: after,
        events: ['bloomberg-scoop', 'detroit-pitch', 'ford-denial'],
        entities: ['jim-farley'],
        cites: ['bloomberg'],
        claims: ['farley-pitch', { claim: 'ford-xiaomi-talks', mentionsResponse: false }],
      },
      {
        id: 'autopapo-ford-denies',
        source: 'autopapo',
        published: '2026-02-04T08:00-03:00',
        events: ['ft-story', 'ford-denial'],
        entities: ['ford', 'xiaomi'],
        cites: ['financial-times'],
        claims: [
          { claim: 'ford-xiaomi-talks', mentionsResponse: true },
          { claim: 'trump-let-china-come-in', mentionsResponse: true },
        ],
      },
    ],
  };
}
