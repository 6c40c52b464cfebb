// The content schemas: every real file passes, editors' usual mistakes are rejected with the field named.
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { entitySchema } from '../../src/schemas/entities';
import { eventSchema } from '../../src/schemas/events';
import { idReference } from '../../src/schemas/reference';
import { reportSchema } from '../../src/schemas/reports';
import { siteSchema } from '../../src/schemas/site';
import { storySchema } from '../../src/schemas/stories';
import { sourceSchema } from '../../src/schemas/sources';
import { parseYaml, readReports, readSite, readYamlCollection, type ContentFile } from '../helpers/content-files';

const reports = reportSchema(idReference);
const events = eventSchema(idReference);

// One valid object per schema; each test changes only what it is about.
const validReport = {
  headline: 'Ford is asking the Trump Administration to allow Chinese EV tech in the US',
  source: 'electrek',
  attribution: 'confirmed',
  published: '2026-02-16T15:45Z',
  added: '2026-11-22',
  language: 'en',
  summary: 'Electrek reports that Ford asked the administration to let Chinese EV technology in.',
};
const validSource = {
  name: 'Electrek',
  homepage: 'https://electrek.co/',
  country: 'US',
  language: 'en',
  kind: 'ev-press',
  description: 'US news site devoted to electric vehicles.',
};
const validEntity = { name: 'Jim Farley', kind: 'person', role: 'Chief executive of Ford', country: 'US' };
const validEvent = {
  title: 'Ford denies the FT report',
  date: '2026-02-01',
  kind: 'denial',
  summary: 'Ford calls the report completely false.',
};
const validSite = {
  name: 'JV Watch',
  tagline: 'Following the reports',
  language: 'en',
  timeZone: 'UTC',
};
const validStory = {
  title: 'Ford and Chinese EV makers',
  description: 'One sentence.',
  status: 'developing',
  soFar: ['A paragraph.'],
  soFarAsOf: '2026-11-22',
};

/** A copy of `base` with `overrides` applied; an override of `undefined` removes the key. */
function withFields(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete result[key];
  return result;
}

/** Parses input that must be rejected and returns the issues. */
function issuesFor(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be rejected`).toBe(false);
  return result.error!.issues;
}

/** Asserts the input is rejected with an issue at exactly `path`, whose message matches `message` if given. */
function expectRejected(schema: z.ZodType, input: unknown, path: PropertyKey[], message?: RegExp | string) {
  const issues = issuesFor(schema, input);
  const atPath = issues.filter((issue) => JSON.stringify(issue.path) === JSON.stringify(path));
  expect(atPath, `no issue at ${JSON.stringify(path)} in ${JSON.stringify(issues)}`).not.toHaveLength(0);
  if (message) expect(atPath.map((issue) => issue.message).join('\n')).toMatch(message);
}

describe('real content files', () => {
  const failures = (files: ContentFile[], schema: z.ZodType) =>
    files.flatMap(({ file, data }) => {
      const result = schema.safeParse(data);
      return result.success
        ? []
        : [
            {
              file,
              issues: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
            },
          ];
    });

  it('finds the expected files', () => {
    expect(readReports().length).toBeGreaterThanOrEqual(5);
    expect(readYamlCollection('sources').length).toBeGreaterThanOrEqual(7);
    expect(readYamlCollection('events').length).toBeGreaterThanOrEqual(14);
    expect(readYamlCollection('entities').length).toBeGreaterThanOrEqual(20);
  });

  it('every report parses with the report schema and has a digest', () => {
    const files = readReports();
    expect(failures(files, reports)).toEqual([]);
    for (const { file, body } of files) expect(body.trim(), `${file} has no digest`).not.toBe('');
  });

  it('every source parses with the source schema', () => {
    expect(failures(readYamlCollection('sources'), sourceSchema)).toEqual([]);
  });

  it('every entity parses with the entity schema', () => {
    expect(failures(readYamlCollection('entities'), entitySchema)).toEqual([]);
  });

  it('every event parses with the event schema', () => {
    expect(failures(readYamlCollection('events'), events)).toEqual([]);
  });

  it('site.yaml parses with the site schema', () => {
    expect(failures([readSite()], siteSchema)).toEqual([]);
  });

  it('every reference in the real content names an existing entry of its collection', () => {
    const ids = {
      sources: new Set(readYamlCollection('sources').map((file) => file.id)),
      entities: new Set(readYamlCollection('entities').map((file) => file.id)),
      events: new Set(readYamlCollection('events').map((file) => file.id)),
    };
    const references = [
      ...readReports().flatMap(({ file, data }) => {
        const report = reports.parse(data);
        return [report.source, ...report.events, ...report.entities, ...report.cites].map((ref) => ({ file, ...ref }));
      }),
      ...readYamlCollection('events').flatMap(({ file, data }) => {
        const event = events.parse(data);
        return [...event.entities, ...event.outlets].map((ref) => ({ file, ...ref }));
      }),
    ];
    expect(references.length).toBeGreaterThan(0);
    const dangling = references.filter(({ id, collection }) => !ids[collection as keyof typeof ids]?.has(id));
    expect(dangling).toEqual([]);
  });

  it('reads unquoted YAML dates as Date objects, as Astro does, so the schema catches them', () => {
    const data = parseYaml('title: "x"\ndate: 2026-02-01\nkind: denial\nsummary: "y"\n');
    expect(data).toMatchObject({ date: expect.any(Date) });
    expectRejected(events, data, ['date'], /put the date in quotes/);
  });
});

describe('required fields and empty text', () => {
  it.each([
    ['report', 'headline', reports, validReport],
    ['report', 'source', reports, validReport],
    ['report', 'published', reports, validReport],
    ['report', 'language', reports, validReport],
    ['source', 'homepage', sourceSchema, validSource],
    ['entity', 'role', entitySchema, validEntity],
    ['event', 'date', events, validEvent],
    ['event', 'summary', events, validEvent],
    ['site', 'timeZone', siteSchema, validSite],
  ] as const)('%s without %s is rejected at that field', (_name, field, schema, base) => {
    expectRejected(schema, withFields(base, { [field]: undefined }), [field]);
  });

  it('an entity may leave out its country when no source states it', () => {
    expect(entitySchema.safeParse(withFields(validEntity, { country: undefined })).success).toBe(true);
  });

  it('a story without soFar or status is rejected at that field', () => {
    expectRejected(storySchema, withFields(validStory, { soFar: undefined }), ['soFar']);
    expectRejected(storySchema, withFields(validStory, { status: undefined }), ['status']);
  });

  it('a story’s status is developing, quiet or concluded; when it started is known to the year, month or day', () => {
    expectRejected(storySchema, { ...validStory, status: 'ongoing' }, ['status']);
    for (const started of ['2026', '2026-01', '2026-01-13'])
      expect(storySchema.safeParse({ ...validStory, started }).success).toBe(true);
    expectRejected(storySchema, { ...validStory, started: '2026-01-13T10:00Z' }, ['started']);
  });

  it.each(['', '   ', '\n'])('an empty or blank headline (%j) is rejected', (headline) => {
    expectRejected(reports, { ...validReport, headline }, ['headline'], 'must not be empty');
  });

  it('empty strings are rejected in every text field', () => {
    expectRejected(sourceSchema, { ...validSource, name: '' }, ['name'], 'must not be empty');
    expectRejected(entitySchema, { ...validEntity, role: '' }, ['role'], 'must not be empty');
    expectRejected(events, { ...validEvent, title: '' }, ['title'], 'must not be empty');
    expectRejected(siteSchema, { ...validSite, tagline: '' }, ['tagline'], 'must not be empty');
  });

  it('an empty entry in a list is rejected with its index', () => {
    expectRejected(reports, { ...validReport, authors: ['Michael Accardi', ''] }, ['authors', 1], 'must not be empty');
    expectRejected(reports, { ...validReport, caveats: [' '] }, ['caveats', 0], 'must not be empty');
    expectRejected(entitySchema, { ...validEntity, aliases: ['Farley', ''] }, ['aliases', 1], 'must not be empty');
    expectRejected(reports, { ...validReport, events: [''] }, ['events', 0]);
  });

  it('an empty source reference is rejected', () => {
    expectRejected(reports, { ...validReport, source: '' }, ['source']);
  });

  it('the story so far needs at least one paragraph', () => {
    expectRejected(storySchema, { ...validStory, soFar: [] }, ['soFar']);
  });

  it('text is trimmed', () => {
    expect(reports.parse({ ...validReport, headline: '  Ford denies it \n' }).headline).toBe('Ford denies it');
  });
});

describe('unknown keys', () => {
  it('a misspelled key ("heading" for "headline") is rejected and named', () => {
    const { headline, ...rest } = validReport;
    const issues = issuesFor(reports, { ...rest, heading: headline });
    const unknown = issues.find((issue) => issue.code === 'unrecognized_keys');
    expect(unknown).toMatchObject({ path: [], keys: ['heading'] });
    expect(unknown!.message).toContain('heading');
    expect(issues.some((issue) => issue.path.join('.') === 'headline')).toBe(true);
  });

  it.each([
    ['report', reports, validReport, 'tags'],
    ['source', sourceSchema, validSource, 'homePage'],
    ['entity', entitySchema, validEntity, 'alias'],
    ['event', events, validEvent, 'entity'],
    ['site', siteSchema, validSite, 'timezone'],
    ['site', siteSchema, validSite, 'story'],
    ['story', storySchema, validStory, 'intro'],
  ] as const)('%s with unknown key %s is rejected', (_name, schema, base, key) => {
    const issues = issuesFor(schema, { ...base, [key]: 'x' });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: [key] }));
  });

  it('an unknown key inside translatedFrom is rejected at translatedFrom', () => {
    const issues = issuesFor(reports, {
      ...validReport,
      translatedFrom: { language: 'pt', headline: 'Ford nega', title: 'x' },
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', path: ['translatedFrom'], keys: ['title'] }),
    );
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-30', /not a calendar date/],
    ['2025-02-29', /not a calendar date/],
    ['2026-04-31', /not a calendar date/],
    ['2026-00-10', /not a calendar date/],
  ])('event date %s is rejected as not a calendar date', (date, message) => {
    expectRejected(events, { ...validEvent, date }, ['date'], message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(events.parse({ ...validEvent, date: '2024-02-29' }).date).toEqual({ precision: 'day', value: '2024-02-29' });
  });

  it.each(['2026-13', '2026-00'])('month %s is rejected', (published) => {
    expectRejected(reports, { ...validReport, published }, ['published'], /has no month/);
  });

  it('a datetime without "Z" or an offset is rejected and asks for a time zone', () => {
    expectRejected(reports, { ...validReport, published: '2026-02-16T15:45' }, ['published'], /has no time zone/);
  });

  it.each([
    ['2026-02-16T24:00Z', /not a valid time of day/],
    ['2026-02-16T15:60Z', /not a valid time of day/],
    ['2026-02-30T10:00Z', /not a calendar date/],
    ['2026-02-16T15:45+15:00', /impossible offset/],
  ])('an impossible datetime %s is rejected', (published, message) => {
    expectRejected(reports, { ...validReport, published }, ['published'], message);
  });

  it.each(['16/02/2026', 'February 2026', '2026-2-16', '26-02-16', '2026-02-16 15:45Z', 'yesterday'])(
    'a date in another form (%j) is rejected with the accepted forms',
    (published) => {
      expectRejected(reports, { ...validReport, published }, ['published'], /YYYY-MM-DD/);
    },
  );

  it('an unquoted YAML date (a Date object) is rejected with advice to quote it', () => {
    expectRejected(
      reports,
      { ...validReport, published: new Date('2026-02-16') },
      ['published'],
      /put the date in quotes/,
    );
    expectRejected(events, { ...validEvent, date: new Date('2026-02-01') }, ['date'], /put the date in quotes/);
  });

  it('an unquoted YAML year (a number) is rejected and asks for quotes', () => {
    expectRejected(events, { ...validEvent, date: 2025 }, ['date'], /expected a date in quotes/);
  });

  it('an event date with minutes is rejected: events take a year, month or day', () => {
    expectRejected(
      events,
      { ...validEvent, date: '2026-01-13T10:00Z' },
      ['date'],
      /is a time to the minute; this field takes a year, a month, a day or one of several days/,
    );
    expectRejected(events, { ...validEvent, end: '2026-01-14T10:00Z' }, ['end'], /is a time to the minute/);
  });

  it('a report published with only a year is rejected: reports take a month, day or minute', () => {
    expectRejected(
      reports,
      { ...validReport, published: '2026' },
      ['published'],
      /is a year; this field takes a month, a day, one of several days, a time to the minute or a local time whose offset is inferred/,
    );
    expectRejected(reports, { ...validReport, updated: '2026' }, ['updated'], /is a year/);
  });

  it.each([
    ['2026-02', { precision: 'month', value: '2026-02' }],
    ['2026-02-16', { precision: 'day', value: '2026-02-16' }],
    ['2026-02-16T15:45Z', { precision: 'minute', value: '2026-02-16T15:45Z' }],
    ['2026-02-04T08:00-03:00', { precision: 'minute', value: '2026-02-04T08:00-03:00' }],
    ['2026-02-04T08:00:30+05:30', { precision: 'minute', value: '2026-02-04T08:00:30+05:30' }],
  ])('report published %s is accepted as %o', (published, expected) => {
    expect(reports.parse({ ...validReport, published }).published).toEqual(expected);
  });

  it.each([
    ['2025', 'year'],
    ['2026-01', 'month'],
    ['2026-01-13', 'day'],
  ])('event date %s is accepted with precision %s', (date, precision) => {
    expect(events.parse({ ...validEvent, date }).date).toEqual({ precision, value: date });
  });

  it('an event keeps its end date, parsed the same way', () => {
    expect(events.parse({ ...validEvent, date: '2026-02-01', end: '2026-02-02' }).end).toEqual({
      precision: 'day',
      value: '2026-02-02',
    });
  });
});

describe('URLs, countries and languages', () => {
  it.each(['javascript:alert(1)', 'ftp://example.com/file', 'example.com/page', 'https://', 'not a url'])(
    'report url %j is rejected',
    (url) => {
      expectRejected(reports, { ...validReport, url }, ['url'], /http\(s\) address/);
    },
  );

  it('a source homepage with javascript: or ftp: is rejected', () => {
    expectRejected(sourceSchema, { ...validSource, homepage: 'javascript:alert(1)' }, ['homepage']);
    expectRejected(sourceSchema, { ...validSource, homepage: 'ftp://electrek.co/' }, ['homepage']);
  });

  it.each(['https://electrek.co/2026/02/16/ford/', 'http://example.com/'])('url %s is accepted', (url) => {
    expect(reports.parse({ ...validReport, url }).url).toBe(url);
  });

  it.each(['us', 'Us', 'USA', 'U'])('country %j is rejected', (country) => {
    expectRejected(entitySchema, { ...validEntity, country }, ['country'], /two-letter ISO 3166-1 code in capitals/);
    expectRejected(sourceSchema, { ...validSource, country }, ['country']);
  });

  it('a source may leave out its country', () => {
    expect(sourceSchema.parse(withFields(validSource, { country: undefined }))).not.toHaveProperty('country');
  });

  it.each(['EN', 'english', 'pt_BR', 'e', 'en-', ''])('language %j is rejected', (language) => {
    expectRejected(reports, { ...validReport, language }, ['language'], /BCP 47/);
  });

  it('a bad language in translatedFrom is rejected at translatedFrom.language', () => {
    expectRejected(
      reports,
      { ...validReport, translatedFrom: { language: 'Portuguese', headline: 'Ford nega' } },
      ['translatedFrom', 'language'],
      /BCP 47/,
    );
  });

  it.each(['en', 'pt', 'pt-BR', 'zh-Hans-CN'])('language %s is accepted', (language) => {
    expect(sourceSchema.parse({ ...validSource, language }).language).toBe(language);
  });
});

describe('enumerations and other types', () => {
  // The lists in docs/authoring.md, written out here so a value dropped from a schema is noticed.
  it.each(['ev-press', 'motoring-press', 'general-news', 'newspaper', 'business-news', 'wire', 'syndication'])(
    'documented source kind %s is accepted',
    (kind) => {
      expect(sourceSchema.parse({ ...validSource, kind }).kind).toBe(kind);
    },
  );

  it.each(['person', 'company', 'government', 'agency', 'organisation'])(
    'documented entity kind %s is accepted',
    (kind) => {
      expect(entitySchema.parse({ ...validEntity, kind }).kind).toBe(kind);
    },
  );

  it.each(['meeting', 'report', 'denial', 'statement', 'policy', 'deal', 'business'])(
    'documented event kind %s is accepted',
    (kind) => {
      expect(events.parse({ ...validEvent, kind }).kind).toBe(kind);
    },
  );

  it.each(['confirmed', 'probable'])('documented attribution %s is accepted', (attribution) => {
    expect(reports.parse({ ...validReport, attribution }).attribution).toBe(attribution);
  });

  it('attribution "rumoured" is rejected', () => {
    expectRejected(reports, { ...validReport, attribution: 'rumoured' }, ['attribution']);
  });

  it('source kind "blog" is rejected', () => {
    expectRejected(sourceSchema, { ...validSource, kind: 'blog' }, ['kind']);
    // A kind the sources do not show is left out, never guessed.
    expect(sourceSchema.safeParse({ ...validSource, kind: undefined }).success).toBe(true);
  });

  it('entity kind "team" and event kind "rumour" are rejected', () => {
    expectRejected(entitySchema, { ...validEntity, kind: 'team' }, ['kind']);
    expectRejected(events, { ...validEvent, kind: 'rumour' }, ['kind']);
  });

  it('draft must be a boolean, not "yes"', () => {
    expectRejected(reports, { ...validReport, draft: 'yes' }, ['draft']);
  });

  it('a single id where a list is expected is rejected', () => {
    expectRejected(reports, { ...validReport, entities: 'ford' }, ['entities']);
  });

  it.each(['Mars/Base', 'utc+3', 'Europe/Londres', ''])('site timeZone %j is rejected', (timeZone) => {
    expectRejected(siteSchema, { ...validSite, timeZone }, ['timeZone'], /IANA time zone/);
  });

  it.each(['UTC', 'Europe/London', 'America/Sao_Paulo'])('site timeZone %s is accepted', (timeZone) => {
    expect(siteSchema.parse({ ...validSite, timeZone }).timeZone).toBe(timeZone);
  });
});

describe('accepted forms and defaults', () => {
  it('a minimal report gets its defaults', () => {
    const report = reports.parse(validReport);
    expect(report).toMatchObject({ authors: [], draft: false, caveats: [], events: [], entities: [], cites: [] });
    expect(report).not.toHaveProperty('url');
    expect(report).not.toHaveProperty('updated');
  });

  it('a minimal entity gets an empty list of aliases', () => {
    expect(entitySchema.parse(validEntity).aliases).toEqual([]);
  });

  it('a minimal event gets its defaults', () => {
    expect(events.parse(validEvent)).toMatchObject({ approximate: false, planned: false, entities: [], outlets: [] });
  });

  it('explicit values win over defaults', () => {
    const report = reports.parse({ ...validReport, draft: true, authors: ['Michael Accardi'] });
    expect(report.draft).toBe(true);
    expect(report.authors).toEqual(['Michael Accardi']);
  });

  it('report references become { id, collection } of the right collection', () => {
    const report = reports.parse({
      ...validReport,
      events: ['bloomberg-reports-jv-talks'],
      entities: ['ford', 'jim-farley'],
      cites: ['bloomberg'],
    });
    expect(report.source).toEqual({ id: 'electrek', collection: 'sources' });
    expect(report.events).toEqual([{ id: 'bloomberg-reports-jv-talks', collection: 'events' }]);
    expect(report.entities).toEqual([
      { id: 'ford', collection: 'entities' },
      { id: 'jim-farley', collection: 'entities' },
    ]);
    expect(report.cites).toEqual([{ id: 'bloomberg', collection: 'sources' }]);
  });

  it('event references become { id, collection } of the right collection', () => {
    const event = events.parse({ ...validEvent, entities: ['ford'], outlets: ['financial-times'] });
    expect(event.entities).toEqual([{ id: 'ford', collection: 'entities' }]);
    expect(event.outlets).toEqual([{ id: 'financial-times', collection: 'sources' }]);
  });

  it('a translated report keeps the original language and headline', () => {
    const report = reports.parse({
      ...validReport,
      language: 'en',
      translatedFrom: { language: 'pt', headline: 'Ford nega' },
    });
    expect(report.translatedFrom).toEqual({ language: 'pt', headline: 'Ford nega' });
  });
});
