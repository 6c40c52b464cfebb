// A date's view: everything the site shows or writes about one date (label, `datetime`, note, interval and
// machine forms), computed once in src/lib/dates and read by pages, feeds, JSON-LD and story.json alike.
import { describe, expect, it } from 'vitest';
import { dateView } from '../../src/lib/dates';
import { date } from '../helpers/graph-fixture';

describe('dateView: everything about one date, computed once', () => {
  it('for a day', () => {
    const view = dateView({ start: date('2026-02-16') }, 'UTC');
    expect(view).toMatchObject({
      label: '16 February 2026',
      datetime: '2026-02-16',
      known: 'day',
      note: 'Known to the day.',
      isoPartial: '2026-02-16',
      instant: undefined,
    });
    expect(view.interval).toEqual({ earliest: Date.UTC(2026, 1, 16), latest: Date.UTC(2026, 1, 17) - 1, known: 'day' });
  });

  it('for a minute: the only date with an instant', () => {
    expect(dateView({ start: date('2026-02-04T08:00-03:00') }, 'UTC')).toMatchObject({
      label: '4 February 2026, 11:00 UTC',
      known: 'exact',
      isoPartial: '2026-02-04T08:00-03:00',
      instant: Date.UTC(2026, 1, 4, 11),
    });
  });

  it('for one of two days: the month as the partial date', () => {
    expect(dateView({ start: date('2026-02-13 or 2026-02-14') }, 'UTC')).toMatchObject({
      label: '13 or 14 February 2026',
      datetime: '2026-02',
      known: 'one-of',
      note: 'On one of these days; which one is not known.',
      isoPartial: '2026-02',
    });
  });

  it('for an approximate or ranged date: no partial date and no instant', () => {
    const approximate = dateView({ start: date('2026-02-16T10:00Z'), approximate: true }, 'UTC');
    expect(approximate).toMatchObject({
      label: 'c. 16 February 2026, 10:00 UTC',
      known: 'approximate',
      isoPartial: undefined,
      instant: undefined,
    });
    const range = dateView({ start: date('2026-02-10'), end: date('2026-02-12') }, 'UTC');
    expect(range).toMatchObject({ label: '10–12 February 2026', isoPartial: undefined, instant: undefined });
    const same = dateView({ start: date('2026-02-10'), end: date('2026-02-10') }, 'UTC');
    expect(same.isoPartial).toBe('2026-02-10');
  });

  it('narrows with notBefore', () => {
    expect(dateView({ start: date('2026-02') }, 'UTC', Date.UTC(2026, 1, 13)).interval.earliest).toBe(
      Date.UTC(2026, 1, 13),
    );
  });
});
