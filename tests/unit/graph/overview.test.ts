// The story at a glance: where claims stand, who covers it, blind spots, what changed last, corrections, reach.
import { describe, expect, it } from 'vitest';
import { fordStory, ids, storyOf } from '../../helpers/graph-fixture';
import { probableNote } from '../../../src/lib/graph';

describe('claims board', () => {
  it('groups claims by status, denied first, naming who moved each claim there, in order, each once', () => {
    const story = storyOf({
      reports: [],
      claims: [
        {
          id: 'talks',
          basis: 'unnamed-sources',
          history: [
            { status: 'reported', date: '2026-02-01', outlet: 'paper' },
            { status: 'denied', date: '2026-02-02', entity: 'ford' },
            { status: 'denied', date: '2026-02-03', entity: 'xiaomi' },
            { status: 'denied', date: '2026-02-04', entity: 'ford' },
          ],
        },
        { id: 'plant', basis: 'not-sourced', history: [{ status: 'reported', date: '2026-02-05', outlet: 'blog' }] },
        {
          id: 'speech',
          basis: 'on-record',
          claimant: 'trump',
          history: [{ status: 'on-record', date: '2026-01-13', entity: 'trump' }],
        },
        {
          id: 'deal',
          basis: 'unnamed-sources',
          history: [
            { status: 'reported', date: '2026-02-06', outlet: 'wire' },
            { status: 'confirmed', date: '2026-02-07', entity: 'ford' },
          ],
        },
        {
          id: 'merger',
          basis: 'unnamed-sources',
          history: [
            { status: 'reported', date: '2026-02-06', outlet: 'wire' },
            { status: 'disputed', date: '2026-02-08', outlet: 'paper' },
          ],
        },
        {
          id: 'scoop',
          basis: 'unnamed-sources',
          history: [
            { status: 'reported', date: '2026-02-06', outlet: 'wire' },
            { status: 'retracted', date: '2026-02-09', outlet: 'wire' },
          ],
        },
      ],
    });
    expect(
      story.claimsBoard.map((group) => [
        group.status,
        group.label,
        group.lines.map((line) => [line.claim.id, ids(line.by)]),
      ]),
    ).toEqual([
      ['denied', 'Denied', [['talks', ['ford', 'xiaomi']]]],
      ['disputed', 'Disputed', [['merger', ['paper']]]],
      ['retracted', 'Retracted', [['scoop', ['wire']]]],
      ['reported', 'Unconfirmed', [['plant', ['blog']]]],
      ['on-record', 'On the record', [['speech', ['trump']]]],
      ['confirmed', 'Confirmed by a party', [['deal', ['ford']]]],
    ]);
    expect(story.claimsBoard[0].meaning).toBe('A person or organisation it concerns denied it on the record.');
  });

  it('says a reported claim was attributed to a person only when no outlet reported it', () => {
    const story = storyOf({
      reports: [],
      claims: [
        { id: 'said', basis: 'unnamed-sources', history: [{ status: 'reported', date: '2026-02-01', entity: 'ceo' }] },
        {
          id: 'both',
          basis: 'unnamed-sources',
          history: [
            { status: 'reported', date: '2026-02-01', entity: 'ceo' },
            { status: 'reported', date: '2026-02-02', outlet: 'wire' },
          ],
        },
      ],
    });
    expect(story.claimsBoard[0].lines.map((line) => [line.claim.id, line.movedBy, ids(line.by)])).toEqual([
      ['both', 'reported by', ['ceo', 'wire']],
      ['said', 'attributed to', ['ceo']],
    ]);
  });

  it('leaves out statuses no claim has', () => {
    const story = storyOf(fordStory());
    expect(story.claimsBoard.map((group) => [group.status, group.lines.map((line) => line.claim.id)])).toEqual([
      ['denied', ['ford-xiaomi-talks']],
      ['reported', ['farley-pitch']],
      ['on-record', ['trump-let-china-come-in']],
    ]);
    expect(storyOf({ reports: [] }).claimsBoard).toEqual([]);
  });
});

describe('outlet mix', () => {
  it('tallies reporting outlets by country, language and kind, most first, then by key, unknown country last', () => {
    const story = storyOf({
      sources: [
        { id: 'a', country: 'US', language: 'en', kind: 'ev-press' },
        { id: 'b', country: 'BR', language: 'pt', kind: 'ev-press' },
        { id: 'c', country: 'US', language: 'en', kind: 'newspaper' },
        { id: 'd', language: 'en', kind: 'wire' },
        { id: 'e', language: 'en', kind: 'wire' },
        { id: 'f', country: 'AU', language: 'en', kind: 'wire' },
        { id: 'cited', country: 'GB', language: 'en', kind: 'newspaper' },
      ],
      reports: ['a', 'b', 'c', 'd', 'e', 'f'].map((source, index) => ({
        id: `r-${source}`,
        source,
        published: `2026-02-0${index + 1}`,
        cites: ['cited'],
      })),
    });
    expect(story.outletMix).toEqual({
      byCountry: [
        { key: 'US', outlets: 2, probable: 0 },
        { key: undefined, outlets: 2, probable: 0 },
        { key: 'AU', outlets: 1, probable: 0 },
        { key: 'BR', outlets: 1, probable: 0 },
      ],
      byLanguage: [
        { key: 'en', outlets: 5, probable: 0 },
        { key: 'pt', outlets: 1, probable: 0 },
      ],
      byKind: [
        { key: 'wire', outlets: 3, probable: 0 },
        { key: 'ev-press', outlets: 2, probable: 0 },
        { key: 'newspaper', outlets: 1, probable: 0 },
      ],
    });
  });
});

describe('outlet mix order', () => {
  it('puts an unknown country after known ones of the same count, whatever order the outlets come in', () => {
    const story = storyOf({
      sources: [
        { id: 'a', name: 'A', language: 'pt' },
        { id: 'b', name: 'B', country: 'AU', language: 'en' },
        { id: 'c', name: 'C', country: 'BR', language: 'de' },
        { id: 'd', name: 'D', language: 'en' },
        { id: 'e', name: 'E', country: 'AU', language: 'de' },
        { id: 'f', name: 'F', country: 'BR', language: 'pt' },
      ],
      reports: ['a', 'b', 'c', 'd', 'e', 'f'].map((source, index) => ({
        id: `r-${source}`,
        source,
        published: `2026-02-0${index + 1}`,
      })),
    });
    expect(story.outletMix.byCountry).toEqual([
      { key: 'AU', outlets: 2, probable: 0 },
      { key: 'BR', outlets: 2, probable: 0 },
      { key: undefined, outlets: 2, probable: 0 },
    ]);
    expect(story.outletMix.byLanguage).toEqual([
      { key: 'de', outlets: 2, probable: 0 },
      { key: 'en', outlets: 2, probable: 0 },
      { key: 'pt', outlets: 2, probable: 0 },
    ]);
  });
});

describe('reach and blind spots', () => {
  it('counts the outlets covering an event and their countries, known and unknown', () => {
    const story = storyOf({
      sources: [
        { id: 'us-1', country: 'US' },
        { id: 'us-2', country: 'US' },
        { id: 'br', country: 'BR' },
        { id: 'nowhere' },
      ],
      events: [{ id: 'e', date: '2026-02-01' }],
      reports: [
        { id: 'r1', source: 'us-2', published: '2026-02-02', events: ['e'] },
        { id: 'r2', source: 'br', published: '2026-02-03', events: ['e'] },
        { id: 'r3', source: 'us-1', published: '2026-02-04', events: ['e'] },
        { id: 'r4', source: 'us-1', published: '2026-02-05', events: ['e'] },
        { id: 'r5', source: 'nowhere', published: '2026-02-06', events: ['e'] },
      ],
    });
    expect(story.eventById.get('e')!.reach).toEqual({
      outlets: 4,
      countries: ['BR', 'US'],
      probableCountries: [],
      unknownCountry: 1,
    });
    expect(storyOf({ events: [{ id: 'e', date: '2026-02' }], reports: [] }).eventById.get('e')!.reach).toEqual({
      outlets: 0,
      countries: [],
      probableCountries: [],
      unknownCountry: 0,
    });
  });

  it('says which countries and tallies rest only on outlets we probably attribute', () => {
    const story = storyOf({
      sources: [
        { id: 'us', country: 'US' },
        { id: 'au', country: 'AU' },
        { id: 'us-maybe', country: 'US' },
      ],
      events: [{ id: 'e', date: '2026-02-01' }],
      reports: [
        { id: 'r1', source: 'us', published: '2026-02-02', events: ['e'] },
        { id: 'r2', source: 'au', attribution: 'probable', published: '2026-02-03', events: ['e'] },
        { id: 'r3', source: 'us-maybe', attribution: 'probable', published: '2026-02-04', events: ['e'] },
      ],
    });
    expect(story.eventById.get('e')!.reach.probableCountries).toEqual(['AU']);
    expect(story.outletMix.byCountry).toEqual([
      { key: 'US', outlets: 2, probable: 1 },
      { key: 'AU', outlets: 1, probable: 1 },
    ]);
    expect([probableNote(1, 1), probableNote(1, 2), probableNote(0, 2)]).toEqual([' (probable)', ' (1 probable)', '']);
  });

  it('flags a development only one country’s press carried, by two outlets or more, every country known', () => {
    const story = storyOf({
      sources: [
        { id: 'us-1', country: 'US' },
        { id: 'us-2', country: 'US' },
        { id: 'br', country: 'BR' },
        { id: 'nowhere' },
      ],
      events: [
        { id: 'us-only', date: '2026-02-01' },
        { id: 'one-outlet', date: '2026-02-01' },
        { id: 'mixed', date: '2026-02-01' },
        { id: 'unknown-too', date: '2026-02-01' },
      ],
      reports: [
        { id: 'a', source: 'us-1', published: '2026-02-02', events: ['us-only', 'one-outlet', 'mixed', 'unknown-too'] },
        { id: 'b', source: 'us-2', published: '2026-02-03', events: ['us-only'] },
        { id: 'c', source: 'br', published: '2026-02-04', events: ['mixed'] },
        { id: 'd', source: 'nowhere', published: '2026-02-05', events: ['unknown-too'] },
        { id: 'e', source: 'us-1', published: '2026-02-06', events: ['one-outlet'] },
      ],
    });
    expect(story.blindSpots.map((spot) => [spot.event.id, spot.kind, spot.only])).toEqual([
      ['us-only', 'one-country', 'US'],
    ]);
  });

  it('flags a development carried only by outlets relaying the one outlet it is attributed to, not one its reports merely cite', () => {
    const story = storyOf(fordStory({ publishedAfter: true }));
    // Every report on Farley's Detroit pitch cites Bloomberg, but the pitch is a meeting, not Bloomberg's
    // reporting: who an event belongs to comes from the event, never from what its coverage cites.
    expect(story.blindSpots.map((spot) => [spot.event.id, spot.kind, spot.only])).toEqual([
      ['ft-story', 'one-scoop', 'Financial Times'],
      ['bloomberg-scoop', 'one-scoop', 'Bloomberg'],
    ]);
  });

  it('does not call one outlet’s coverage a blind spot, nor coverage where one report cites no common source, nor a relay of an outlet that covers it too', () => {
    const story = storyOf({
      sources: [
        { id: 'a', country: 'US' },
        { id: 'b', country: 'BR' },
        { id: 'wire', country: 'GB' },
      ],
      events: [
        { id: 'single', date: '2026-02-01' },
        { id: 'split', date: '2026-02-01' },
        { id: 'self', date: '2026-02-01', outlets: ['wire'] },
      ],
      reports: [
        { id: 'a1', source: 'a', published: '2026-02-02', events: ['single', 'split', 'self'], cites: ['wire'] },
        { id: 'a2', source: 'a', published: '2026-02-03', events: ['single'], cites: ['wire'] },
        { id: 'b1', source: 'b', published: '2026-02-04', events: ['split'] },
        { id: 'w1', source: 'wire', published: '2026-02-05', events: ['self'] },
      ],
    });
    expect(story.blindSpots).toEqual([]);
  });

  it('flags both kinds at once when both hold', () => {
    const story = storyOf({
      sources: [
        { id: 'a', country: 'US' },
        { id: 'b', country: 'US' },
      ],
      events: [{ id: 'e', date: '2026-02-01', outlets: ['wire'] }],
      reports: [
        { id: 'a1', source: 'a', published: '2026-02-02', events: ['e'], cites: ['other', 'wire'] },
        { id: 'b1', source: 'b', published: '2026-02-03', events: ['e'], cites: ['wire'] },
      ],
    });
    expect(story.blindSpots.map((spot) => [spot.kind, spot.only])).toEqual([
      ['one-country', 'US'],
      ['one-scoop', 'Wire'],
    ]);
  });
});

describe('updates', () => {
  it('lists the newest additions first, ties newest published first, cut at the limit', () => {
    const story = storyOf({
      limits: { recentlyAdded: 3 },
      reports: [
        { id: 'a-old', source: 'wire', published: '2026-02-01', added: '2026-11-22' },
        { id: 'z-new', source: 'wire', published: '2026-02-20', added: '2026-11-22' },
        { id: 'm', source: 'wire', published: '2026-02-10', added: '2026-11-20' },
        { id: 'first', source: 'wire', published: '2026-02-15', added: '2026-11-01' },
      ],
    });
    expect(ids(story.updates.recentlyAdded)).toEqual(['z-new', 'a-old', 'm']);
    expect(story.updates.lastUpdated?.label).toBe('22 November 2026');
    expect(story.reportById.get('m')!.added).toMatchObject({ label: '20 November 2026', known: 'day' });
    expect(storyOf({ reports: [] }).updates).toEqual({ lastUpdated: undefined, recentlyAdded: [] });
  });

  it('is last updated by a later correction, and by the later of two additions on the same day', () => {
    const story = storyOf({
      reports: [
        {
          id: 'r',
          source: 'wire',
          published: '2026-02-01',
          added: '2026-11-22T09:00Z',
          corrections: [{ date: '2026-11-24', note: 'Fixed the date.' }],
        },
        { id: 's', source: 'wire', published: '2026-02-02', added: '2026-11-22T10:00Z' },
      ],
    });
    expect(story.updates.lastUpdated?.label).toBe('24 November 2026');
    const same = storyOf({
      reports: [
        { id: 'r', source: 'wire', published: '2026-02-01', added: '2026-11-22T09:00Z' },
        { id: 's', source: 'wire', published: '2026-02-02', added: '2026-11-22T10:00Z' },
        { id: 't', source: 'wire', published: '2026-02-03', added: '2026-11-22T10:00Z' },
      ],
    });
    expect(same.updates.lastUpdated?.label).toBe('22 November 2026, 10:00 UTC');
    expect(ids(same.updates.recentlyAdded)).toEqual(['t', 's', 'r']);
  });

  it('uses 5 recent additions by default', () => {
    const story = storyOf({
      reports: Array.from({ length: 7 }, (_, index) => ({
        id: `r${index}`,
        source: 'wire',
        published: `2026-02-0${index + 1}`,
      })),
    });
    expect(ids(story.updates.recentlyAdded)).toEqual(['r6', 'r5', 'r4', 'r3', 'r2']);
  });
});

describe('corrections', () => {
  it('shows each entry’s corrections in the order written, and logs all of them newest first, ties in story order', () => {
    const story = storyOf({
      events: [{ id: 'e', date: '2026-02-01', corrections: [{ date: '2026-11-23', note: 'Event fixed.' }] }],
      claims: [
        {
          id: 'c',
          basis: 'not-sourced',
          history: [{ status: 'reported', date: '2026-02-01', outlet: 'wire' }],
          corrections: [{ date: '2026-11-23', note: 'Claim fixed.' }],
        },
      ],
      reports: [
        {
          id: 'later',
          source: 'wire',
          published: '2026-02-10',
          corrections: [
            { date: '2026-11-20', note: 'First fix.' },
            { date: '2026-11-25T08:30Z', note: 'Second fix.' },
          ],
        },
        {
          id: 'earlier',
          source: 'wire',
          published: '2026-02-05',
          corrections: [{ date: '2026-11-23', note: 'Report fixed.' }],
        },
        { id: 'clean', source: 'wire', published: '2026-02-06' },
      ],
    });
    expect(story.reportById.get('later')!.corrections.map((c) => [c.when.label, c.note])).toEqual([
      ['20 November 2026', 'First fix.'],
      ['25 November 2026, 08:30 UTC', 'Second fix.'],
    ]);
    expect(story.reportById.get('clean')!.corrections).toEqual([]);
    expect(story.eventById.get('e')!.corrections.map((c) => c.note)).toEqual(['Event fixed.']);
    expect(story.claimById.get('c')!.corrections.map((c) => c.note)).toEqual(['Claim fixed.']);
    expect(
      story.corrections.map(({ note, entry }) => [
        note,
        entry.kind === 'report' ? entry.report.id : entry.kind === 'event' ? entry.event.id : entry.claim.id,
      ]),
    ).toEqual([
      ['Second fix.', 'later'],
      ['Report fixed.', 'earlier'],
      ['Event fixed.', 'e'],
      ['Claim fixed.', 'c'],
      ['First fix.', 'later'],
    ]);
  });

  it('logs nothing when nothing was corrected', () => {
    expect(storyOf(fordStory()).corrections).toEqual([]);
  });
});
