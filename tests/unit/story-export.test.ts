// The open-data export (story.json v2): valid against its schema, dates at the precision known, claims with status,
// the stories the site follows and which of them each report, event and claim is part of.
import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/lib/graph/stories';
import { buildStoryExport } from '../../src/lib/story-export';
import type { ContentTypes } from '../../src/lib/story-types';
import { siteStories, type StoryEntry } from '../../src/lib/views/context';
import { STORY_EXPORT_VERSION, storyExportSchema } from '../../src/schemas/story-export';
import { fordStory, SITE, storyInput, storyOf } from '../helpers/graph-fixture';
import { SCOPE } from '../helpers/views';

const absolute = (path: string) => `https://watch.example${path}`;
const exportOf = (story = storyOf(fordStory({ publishedAfter: true })), stories: StoryEntry[] = []) =>
  buildStoryExport({ site: SITE, story, scope: SCOPE, stories, absolute });

/** Two stories sharing a report; the second with no start date. */
function twoStories() {
  const site = buildSiteGraph<ContentTypes>(
    storyInput({
      stories: [
        { id: 'tariffs', title: 'Tariffs', started: '2026-01', status: 'quiet' },
        { id: 'summit', title: 'Summit' },
      ],
      events: [{ id: 'summit-held', stories: ['summit'], date: '2026-03-02' }],
      reports: [
        { id: 'wire-tariff', stories: ['tariffs'], source: 'wire', published: '2026-02-11' },
        { id: 'wire-both', stories: ['summit', 'tariffs'], source: 'wire', published: '2026-03' },
      ],
      claims: [
        {
          id: 'tariff-rises',
          stories: ['tariffs'],
          basis: 'unnamed-sources',
          history: [{ status: 'reported', date: '2026-02-11', outlet: 'wire' }],
        },
      ],
    }),
  );
  return exportOf(site.all, siteStories(site).list);
}
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((entry) => entry.id === id)!;

describe('story.json', () => {
  it('validates against its schema, strict objects and all', () => {
    const data = exportOf();
    const parsed = storyExportSchema.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(storyExportSchema.safeParse({ ...data, extra: true }).success).toBe(false);
    expect(storyExportSchema.safeParse({ ...data, claims: [{ ...data.claims[0], status: 'true' }] }).success).toBe(
      false,
    );
  });

  it('names its schema, version and story', () => {
    const data = exportOf();
    expect(data.$schema).toBe('https://watch.example/story.schema.json');
    expect(data.schemaVersion).toBe(STORY_EXPORT_VERSION);
    expect(STORY_EXPORT_VERSION).toBe('2.1.0');
    expect(data.story).toEqual({
      title: 'The test story',
      description: 'A story for tests.',
      site: 'Test Watch',
      url: 'https://watch.example/',
      language: 'en',
      timeZone: 'UTC',
    });
  });

  it('keeps a month-only date as the month, with its interval narrowed by what it followed', () => {
    const data = exportOf();
    const report = byId(data.reports, 'autoguide-ford-wants');
    expect(report.published).toEqual({
      value: '2026-02',
      precision: 'month',
      known: 'month',
      iso: '2026-02',
      earliest: '2026-02-13T00:00:00.000Z',
      latest: '2026-02-28T23:59:59.999Z',
    });
    expect(report.publishedAfter).toBe('bloomberg-scoop');
    expect(byId(data.reports, 'electrek-ford-asks').publishedAfter).toBeNull();
  });

  it('gives one of two days the month as its ISO date, never a day', () => {
    const data = exportOf();
    const scoop = byId(data.events, 'bloomberg-scoop');
    expect(scoop.date).toEqual({
      value: '2026-02-13 or 2026-02-14',
      precision: 'days',
      known: 'one-of',
      iso: '2026-02',
      earliest: '2026-02-13T00:00:00.000Z',
      latest: '2026-02-14T23:59:59.999Z',
    });
    expect(scoop.end).toBeNull();
    expect(scoop.outlets).toEqual(['bloomberg']);
  });

  it('gives an approximate date no ISO date, and a minute its written form', () => {
    const data = exportOf();
    const ft = byId(data.events, 'ft-story');
    expect(ft.approximate).toBe(true);
    expect(ft.date).toMatchObject({ known: 'approximate', iso: null, value: '2026-02-01 or 2026-02-02' });
    expect(byId(data.reports, 'autopapo-ford-denies').published).toMatchObject({
      precision: 'minute',
      known: 'exact',
      iso: '2026-02-04T08:00-03:00',
      earliest: '2026-02-04T11:00:00.000Z',
      latest: '2026-02-04T11:00:00.000Z',
    });
  });

  it('writes each end of a span separately', () => {
    const story = storyOf({
      events: [{ id: 'talks', date: '2026-01-20', end: '2026-02', planned: true }],
      reports: [],
    });
    const [talks] = exportOf(story).events;
    expect(talks.date).toMatchObject({ value: '2026-01-20', precision: 'day', known: 'planned', iso: '2026-01-20' });
    expect(talks.end).toMatchObject({ value: '2026-02', precision: 'month', known: 'planned', iso: '2026-02' });
    expect(talks.planned).toBe(true);
  });

  it('gives each claim its status from the LAST history entry, titled with its prefix', () => {
    const data = exportOf();
    const claim = byId(data.claims, 'ford-xiaomi-talks');
    expect(claim.history.map((change) => change.status)).toEqual(['reported', 'denied']);
    expect(claim.status).toBe('denied');
    expect(claim.titled).toBe('Denied: Ford held talks with Xiaomi about US production.');
    expect(claim).toMatchObject({
      basis: 'unnamed-sources',
      claimant: null,
      brokenBy: 'financial-times',
      firstCarried: { reports: ['autopapo-ford-denies'], known: true },
    });
    expect(claim.history[0]).toEqual({
      status: 'reported',
      date: {
        value: '2026-02-01 or 2026-02-02',
        precision: 'days',
        known: 'approximate',
        iso: null,
        earliest: '2026-01-25T00:00:00.000Z',
        latest: '2026-02-09T23:59:59.999Z',
      },
      approximate: true,
      outlet: 'financial-times',
      entity: null,
      note: null,
    });
    expect(claim.history[1]).toMatchObject({ outlet: null, entity: 'ford' });
    const trump = byId(data.claims, 'trump-let-china-come-in');
    expect(trump).toMatchObject({
      status: 'on-record',
      titled: 'On the record: Trump said Chinese carmakers may build plants in the US.',
      claimant: 'donald-trump',
      brokenBy: null,
    });
    expect(trump.history[0]).toMatchObject({ approximate: false, date: { iso: '2026-01-13', known: 'day' } });
    expect(byId(data.claims, 'farley-pitch').firstCarried).toEqual({
      reports: ['autoguide-ford-wants', 'drive-farley-met', 'torque-cafe-landmark', 'electrek-ford-asks'],
      known: false,
    });
  });

  it('writes reports with their links by id, and nulls for what is not known', () => {
    const data = exportOf();
    const drive = byId(data.reports, 'drive-farley-met');
    expect(drive).toMatchObject({
      url: 'https://watch.example/reports/drive-farley-met/',
      outlet: 'drive',
      attribution: 'probable',
      authors: [],
      updated: null,
      originalUrl: null,
      translatedFrom: null,
      events: ['detroit-pitch', 'ford-denial', 'bloomberg-scoop'],
      entities: ['jim-farley'],
      cites: ['bloomberg'],
      claims: [
        { claim: 'farley-pitch', mentionsResponse: null },
        { claim: 'ford-xiaomi-talks', mentionsResponse: false },
      ],
    });
    expect(byId(data.reports, 'electrek-ford-asks').originalUrl).toBe('https://electrek.example/ford-asks');
    expect(data.reports.map((report) => report.id)).toEqual([
      'autopapo-ford-denies',
      'autoguide-ford-wants',
      'drive-farley-met',
      'torque-cafe-landmark',
      'electrek-ford-asks',
    ]);
  });

  it('lists outlets and entities with their pages', () => {
    const data = exportOf();
    expect(byId(data.outlets, 'bloomberg')).toEqual({
      id: 'bloomberg',
      url: 'https://watch.example/sources/bloomberg/',
      name: 'Bloomberg',
      homepage: 'https://bloomberg.example/',
      country: 'US',
      language: 'en',
      kind: 'general-news',
    });
    expect(byId(data.entities, 'jim-farley')).toEqual({
      id: 'jim-farley',
      url: 'https://watch.example/entities/jim-farley/',
      name: 'Jim Farley',
      kind: 'person',
      role: 'Role of jim-farley',
      country: 'US',
      aliases: [],
    });
    const pitch = byId(data.events, 'detroit-pitch');
    expect(pitch).toMatchObject({
      url: 'https://watch.example/events/detroit-pitch/',
      title: 'Detroit Pitch',
      kind: 'meeting',
      entities: ['jim-farley', 'ford'],
      firstCoverage: {
        reports: ['autoguide-ford-wants', 'drive-farley-met', 'torque-cafe-landmark', 'electrek-ford-asks'],
        known: false,
      },
    });
    expect(byId(data.events, 'trump-speech').firstCoverage).toEqual({ reports: ['electrek-ford-asks'], known: true });
  });

  it('lists the stories the site follows, newest development first, each started as precisely as known', () => {
    const data = twoStories();
    expect(storyExportSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(data.stories).toEqual([
      {
        id: 'summit',
        url: 'https://watch.example/stories/summit/',
        title: 'Summit',
        description: 'The story summit.',
        status: 'developing',
        started: null,
      },
      {
        id: 'tariffs',
        url: 'https://watch.example/stories/tariffs/',
        title: 'Tariffs',
        description: 'The story tariffs.',
        status: 'quiet',
        started: {
          value: '2026-01',
          precision: 'month',
          known: 'month',
          iso: '2026-01',
          earliest: '2026-01-01T00:00:00.000Z',
          latest: '2026-01-31T23:59:59.999Z',
        },
      },
    ]);
  });

  it('names the stories each report, event and claim is part of, by id', () => {
    const data = twoStories();
    expect(byId(data.reports, 'wire-both').stories).toEqual(['summit', 'tariffs']);
    expect(byId(data.reports, 'wire-tariff').stories).toEqual(['tariffs']);
    expect(byId(data.events, 'summit-held').stories).toEqual(['summit']);
    expect(byId(data.claims, 'tariff-rises').stories).toEqual(['tariffs']);
  });

  it('gives the story of a site that follows one its own front, as it would with several', () => {
    const site = buildSiteGraph<ContentTypes>(
      storyInput({
        stories: [{ id: 'only' }],
        reports: [{ id: 'r', stories: ['only'], source: 'wire', published: '2026-02-11' }],
      }),
    );
    expect(exportOf(site.all, siteStories(site).list).stories.map((story) => story.url)).toEqual([
      'https://watch.example/stories/only/',
    ]);
  });

  it('refuses a story entry that is not as published: an unknown status, an extra field, no stories on a report', () => {
    const data = twoStories();
    const [summit] = data.stories;
    expect(storyExportSchema.safeParse({ ...data, stories: [{ ...summit, status: 'paused' }] }).success).toBe(false);
    expect(storyExportSchema.safeParse({ ...data, stories: [{ ...summit, soFar: [] }] }).success).toBe(false);
    const { stories: _dropped, ...withoutStories } = data.reports[0];
    expect(storyExportSchema.safeParse({ ...data, reports: [withoutStories] }).success).toBe(false);
    const { stories: _none, ...withoutList } = data;
    expect(storyExportSchema.safeParse(withoutList).success).toBe(false);
  });

  it('has an outlet country of null when not known', () => {
    const story = storyOf({ reports: [{ id: 'r', source: 'wire', published: '2026-02', updated: '2026-02-20' }] });
    const lone = exportOf(story);
    expect(lone.outlets[0].country).toBeNull();
    expect(lone.reports[0].updated).toMatchObject({ value: '2026-02-20', iso: '2026-02-20' });
    expect(storyExportSchema.safeParse(lone).success).toBe(true);
  });
});
