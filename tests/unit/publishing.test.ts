// The publishing rule: who sees a draft or a scheduled report, and from when.
import { describe, expect, it } from 'vitest';
import { parseStoryDate, type StoryDate } from '../../src/lib/dates';
import { EARLIEST_TIME_ZONE, isInTheFuture, isPublic, publicationStart } from '../../src/lib/publishing';

const date = (text: string) => parseStoryDate(text) as StoryDate;
const report = (published: string, fields: { draft?: boolean; scheduled?: boolean } = {}) => ({
  draft: false,
  scheduled: false,
  published: date(published),
  ...fields,
});
const at = (instant: string) => Date.parse(instant);

describe('isPublic', () => {
  it('publishes an ordinary report whatever its date: a date after now is the checker’s error, not a hold', () => {
    expect(isPublic(report('2026-02-16'), at('2026-11-23T00:00Z'), false)).toBe(true);
    expect(isPublic(report('2030-01-01'), at('2026-11-23T00:00Z'), false)).toBe(true);
  });

  it('never publishes a draft, whatever its date, but shows it in the editors’ preview', () => {
    expect(isPublic(report('2026-02-16', { draft: true }), at('2026-11-23T00:00Z'), false)).toBe(false);
    expect(isPublic(report('2026-02-16', { draft: true, scheduled: true }), at('2026-11-23T00:00Z'), false)).toBe(
      false,
    );
    expect(isPublic(report('2026-02-16', { draft: true }), at('2026-11-23T00:00Z'), true)).toBe(true);
  });

  it('holds a scheduled report back until the first instant of its date, then publishes it', () => {
    const scheduled = report('2026-12-01', { scheduled: true });
    expect(isPublic(scheduled, at('2026-11-30T23:59:59.999Z'), false)).toBe(false);
    expect(isPublic(scheduled, at('2026-12-01T00:00Z'), false)).toBe(true);
    expect(isPublic(scheduled, at('2026-11-23T00:00Z'), true)).toBe(true);
  });

  it('reads a scheduled date in the site’s time zone, and a time to the minute as it is written', () => {
    const scheduled = report('2026-12-01', { scheduled: true });
    // Midnight on 1 December in Tokyo is 15:00 UTC on 30 November; in Los Angeles, 08:00 UTC on 1 December.
    expect(isPublic(scheduled, at('2026-11-30T15:00Z'), false, 'Asia/Tokyo')).toBe(true);
    expect(isPublic(scheduled, at('2026-12-01T07:59Z'), false, 'America/Los_Angeles')).toBe(false);
    const minute = report('2026-12-01T09:30+01:00', { scheduled: true });
    expect(isPublic(minute, at('2026-12-01T08:29Z'), false, 'Asia/Tokyo')).toBe(false);
    expect(isPublic(minute, at('2026-12-01T08:30Z'), false, 'Asia/Tokyo')).toBe(true);
  });

  it('publishes a scheduled report known only to its month, or to one of several days, from the first day it may be', () => {
    expect(isPublic(report('2026-12', { scheduled: true }), at('2026-12-01T00:00Z'), false)).toBe(true);
    expect(isPublic(report('2026-12-02 or 2026-12-03', { scheduled: true }), at('2026-12-01T23:59Z'), false)).toBe(
      false,
    );
    expect(isPublic(report('2026-12-02 or 2026-12-03', { scheduled: true }), at('2026-12-02T00:00Z'), false)).toBe(
      true,
    );
  });
});

describe('isInTheFuture', () => {
  it('is true only once the date has begun nowhere: a day begins first at UTC+14', () => {
    expect(publicationStart(date('2030-01-01'), EARLIEST_TIME_ZONE)).toBe(at('2029-12-31T10:00Z'));
    expect(isInTheFuture(date('2030-01-01'), at('2029-12-31T09:59Z'))).toBe(true);
    expect(isInTheFuture(date('2030-01-01'), at('2029-12-31T10:00Z'))).toBe(false);
    expect(isInTheFuture(date('2026-11-23T12:00Z'), at('2026-11-23T11:59Z'))).toBe(true);
    expect(isInTheFuture(date('2026-11'), at('2026-11-23T00:00Z'))).toBe(false);
  });
});
