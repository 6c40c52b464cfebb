// Every schema, and every object inside one, refuses keys it does not know: a misspelled field never
// passes silently as an ignored one.
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { claimSchema } from '../../src/schemas/claims';
import { entitySchema } from '../../src/schemas/entities';
import { eventSchema } from '../../src/schemas/events';
import { idReference } from '../../src/schemas/reference';
import { reportSchema } from '../../src/schemas/reports';
import { siteSchema } from '../../src/schemas/site';
import { sourceSchema } from '../../src/schemas/sources';
import { storySchema } from '../../src/schemas/stories';

const minimal = {
  source: { name: 'Wire', homepage: 'https://wire.example/', language: 'en', kind: 'wire', description: 'A wire.' },
  entity: { name: 'Pat Example', kind: 'person', role: 'Chief executive', country: 'US' },
  event: { title: 'Talks', date: '2026-02', kind: 'meeting', summary: 'Talks happen.' },
  report: {
    headline: 'Talks',
    source: 'wire',
    attribution: 'confirmed',
    published: '2026-02-16',
    added: '2026-11-22',
    language: 'en',
    summary: 'A summary.',
    translatedFrom: { language: 'pt', headline: 'Conversas' },
    claims: [{ claim: 'talks-held', mentionsResponse: true }],
  },
  claim: {
    statement: 'Talks were held.',
    basis: 'unnamed-sources',
    history: [{ status: 'reported', date: '2026-02-16', outlet: 'wire' }],
  },
  site: {
    name: 'Watch',
    tagline: 'A tagline',
    language: 'en',
    timeZone: 'UTC',
  },
  story: {
    title: 'A story',
    description: 'A description.',
    status: 'developing',
    soFar: ['So far.'],
    soFarAsOf: '2026-11-22',
  },
};

type Case = [string, z.ZodType, Record<string, unknown>, (data: Record<string, unknown>) => Record<string, unknown>];
const cases: Case[] = [
  ['a source', sourceSchema, minimal.source, (data) => data],
  ['an entity', entitySchema, minimal.entity, (data) => data],
  ['an event', eventSchema(idReference), minimal.event, (data) => data],
  ['a report', reportSchema(idReference), minimal.report, (data) => data],
  [
    'a report’s translatedFrom',
    reportSchema(idReference),
    minimal.report,
    (data) => data.translatedFrom as Record<string, unknown>,
  ],
  [
    'a report’s claim reference',
    reportSchema(idReference),
    minimal.report,
    (data) => (data.claims as Record<string, unknown>[])[0],
  ],
  ['a claim', claimSchema(idReference), minimal.claim, (data) => data],
  [
    'a claim’s status change',
    claimSchema(idReference),
    minimal.claim,
    (data) => (data.history as Record<string, unknown>[])[0],
  ],
  ['the site', siteSchema, minimal.site, (data) => data],
  ['a story', storySchema, minimal.story, (data) => data],
];

describe('strict schemas', () => {
  it.each(cases)('%s accepts its minimal form', (_, schema, data) => {
    expect(schema.safeParse(structuredClone(data)).success).toBe(true);
  });

  it.each(cases)('%s rejects an unknown key', (_, schema, data, target) => {
    const copy = structuredClone(data);
    target(copy).notAField = 'x';
    const result = schema.safeParse(copy);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.code)).toContain('unrecognized_keys');
  });
});
