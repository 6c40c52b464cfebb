// Feed lists: the site feed and every outlet and entity feed are newest first, ties by outlet name, cut at the limit.
import { describe, expect, it } from 'vitest';
import { ids, storyOf, type ReportSpec } from '../../helpers/graph-fixture';

// Outlet ids sort the other way from their names, so a tie broken by id (or reversed) shows.
const sources = [
  { id: 'a-outlet', name: 'Zulu Times' },
  { id: 'z-outlet', name: 'Alpha Daily' },
  { id: 'wire', name: 'Mid Wire' },
];
const reports: ReportSpec[] = [
  { id: 'jan', source: 'wire', published: '2026-01-20', entities: ['ford'], cites: ['agency'] },
  { id: 'feb-04', source: 'wire', published: '2026-02-04T08:00-03:00', entities: ['ford'], cites: ['agency'] },
  { id: 'feb-16-zulu', source: 'a-outlet', published: '2026-02-16', entities: ['ford'], cites: ['agency'] },
  { id: 'feb-16-alpha', source: 'z-outlet', published: '2026-02-16', entities: ['ford'] },
  { id: 'feb-month', source: 'wire', published: '2026-02', entities: ['ford', 'xiaomi'], cites: ['agency'] },
  { id: 'feb-20', source: 'wire', published: '2026-02-20T10:00Z', entities: ['xiaomi'] },
];

describe('feeds are newest first', () => {
  const storyOfFour = () => storyOf({ reports, sources, limits: { feedItems: 4 } });

  it('orders the site feed newest first, tied reports by outlet name, and cuts it at the limit', () => {
    const story = storyOfFour();
    expect(ids(story.reportsNewestFirst)).toEqual([
      'feb-20',
      'feb-16-alpha',
      'feb-16-zulu',
      'feb-04',
      'feb-month',
      'jan',
    ]);
    expect(ids(story.feed)).toEqual(['feb-20', 'feb-16-alpha', 'feb-16-zulu', 'feb-04']);
    expect(ids(story.reports)).toEqual(['jan', 'feb-month', 'feb-04', 'feb-16-alpha', 'feb-16-zulu', 'feb-20']);
  });

  it('orders an outlet’s feed newest first and cuts it at the limit', () => {
    const wire = storyOfFour().sourceById.get('wire')!;
    expect(ids(wire.reports)).toEqual(['jan', 'feb-month', 'feb-04', 'feb-20']);
    expect(ids(wire.feed)).toEqual(['feb-20', 'feb-04', 'feb-month', 'jan']);
    const small = storyOf({ reports, sources, limits: { feedItems: 2 } }).sourceById.get('wire')!;
    expect(ids(small.feed)).toEqual(['feb-20', 'feb-04']);
  });

  it('feeds a cited-only outlet with the reports citing it, newest first, ties by outlet name', () => {
    const agency = storyOfFour().sourceById.get('agency')!;
    expect(agency.citedOnly).toBe(true);
    expect(ids(agency.feed)).toEqual(['feb-16-zulu', 'feb-04', 'feb-month', 'jan']);
  });

  it('orders an entity’s feed newest first, tied reports by outlet name, cut at the limit', () => {
    const story = storyOfFour();
    const ford = story.entityById.get('ford')!;
    expect(ids(ford.reports)).toEqual(['jan', 'feb-month', 'feb-04', 'feb-16-alpha', 'feb-16-zulu']);
    expect(ids(ford.feed)).toEqual(['feb-16-alpha', 'feb-16-zulu', 'feb-04', 'feb-month']);
    expect(ids(story.entityById.get('xiaomi')!.feed)).toEqual(['feb-20', 'feb-month']);
  });

  it('carries up to 50 items by default', () => {
    const many: ReportSpec[] = Array.from({ length: 53 }, (_, index) => ({
      id: `r-${String(index).padStart(2, '0')}`,
      source: 'wire',
      published: `2026-01-01T${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}Z`,
      entities: ['ford'],
    }));
    const big = storyOf({ reports: many });
    expect(big.feed).toHaveLength(50);
    expect(big.feed[0].id).toBe('r-52');
    expect(big.feed.at(-1)!.id).toBe('r-03');
    expect(ids(big.sourceById.get('wire')!.feed)).toEqual(ids(big.feed));
    expect(ids(big.entityById.get('ford')!.feed)).toEqual(ids(big.feed));
  });
});
