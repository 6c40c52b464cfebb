import { describe, expect, it } from 'vitest';
import {
  compareSpans,
  datetimeAttribute,
  earliestInstant,
  formatPeriodKey,
  formatStoryDate,
  formatStorySpan,
  latestInstant,
  parseStoryDate,
  periodKey,
  toIsoInstant,
  type StoryDate,
  type StorySpan,
} from '../../src/lib/dates';

const date = (text: string): StoryDate => {
  const parsed = parseStoryDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const span = (start: string, end?: string, approximate = false): StorySpan => ({
  start: date(start),
  end: end ? date(end) : undefined,
  approximate,
});

describe('parseStoryDate', () => {
  it.each([
    ['2025', 'year'],
    ['2026-02', 'month'],
    ['2026-02-16', 'day'],
    ['2026-02-16T15:45Z', 'minute'],
    ['2026-02-04T08:00-03:00', 'minute'],
    ['2026-02-04T08:00:30+05:30', 'minute'],
  ])('reads %s as %s precision', (text, precision) => {
    expect(parseStoryDate(text)).toEqual({ precision, value: text });
  });

  it.each([
    ['2026-02-30', /not a calendar date/],
    ['2025-02-29', /not a calendar date/],
    ['2026-13', /no month 13/],
    ['2026-00', /no month 00/],
    ['2026-02-16T15:45', /no time zone/],
    ['2026-02-16T24:10Z', /not a valid time/],
    ['2026-02-16T10:00+15:00', /impossible offset/],
    ['16/02/2026', /not a date in a form we accept/],
    ['Feb 2026', /not a date in a form we accept/],
    ['2026-2-16', /not a date in a form we accept/],
  ])('rejects %s', (text, reason) => {
    const parsed = parseStoryDate(text);
    expect(parsed).toHaveProperty('error');
    expect((parsed as { error: string }).error).toMatch(reason);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseStoryDate('2024-02-29')).toEqual({ precision: 'day', value: '2024-02-29' });
  });
});

describe('labels never claim more precision than the date has', () => {
  it.each([
    ['2025', '2025'],
    ['2026-02', 'February 2026'],
    ['2026-02-16', '16 February 2026'],
    ['2026-02-16T15:45Z', '16 February 2026, 15:45 UTC'],
    ['2026-02-04T08:00-03:00', '4 February 2026, 11:00 UTC'],
  ])('%s → %s in UTC', (text, label) => {
    expect(formatStoryDate(date(text), 'UTC')).toBe(label);
  });

  it('shows minutes in the site time zone, with its offset', () => {
    expect(formatStoryDate(date('2026-02-16T15:45Z'), 'America/New_York')).toBe('16 February 2026, 10:45 GMT-5');
  });

  it('moves a late-evening UTC time to the next day in a zone ahead of UTC', () => {
    expect(formatStoryDate(date('2026-02-16T23:30Z'), 'Asia/Tokyo')).toMatch(/^17 February 2026, 08:30/);
  });

  it('keeps calendar dates as written whatever the zone', () => {
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      expect(formatStoryDate(date('2026-02-16'), zone)).toBe('16 February 2026');
      expect(formatStoryDate(date('2026-02'), zone)).toBe('February 2026');
    }
  });

  it.each([
    [['2026-02-13', '2026-02-14'], '13–14 February 2026'],
    [['2026-01-30', '2026-02-02'], '30 January – 2 February 2026'],
    [['2025-12-30', '2026-01-02'], '30 December 2025 – 2 January 2026'],
    [['2026-01', '2026-02'], 'January – February 2026'],
    [['2025-11', '2026-02'], 'November 2025 – February 2026'],
    [['2026-02-16'], '16 February 2026'],
  ])('span %j → %s', ([start, end], label) => {
    expect(formatStorySpan(span(start, end), 'UTC')).toBe(label);
  });

  it('marks approximate spans with "c."', () => {
    expect(formatStorySpan(span('2026-02-01', '2026-02-02', true), 'UTC')).toBe('c. 1–2 February 2026');
    expect(formatStorySpan(span('2026-02', undefined, true), 'UTC')).toBe('c. February 2026');
  });
});

describe('machine-readable forms', () => {
  it('uses the written form as a valid <time datetime> value', () => {
    expect(datetimeAttribute(date('2026-02'))).toBe('2026-02');
    expect(datetimeAttribute(date('2026-02-04T08:00-03:00'))).toBe('2026-02-04T08:00-03:00');
  });

  it('gives exact instants for feeds: calendar dates start at midnight in the site zone', () => {
    expect(toIsoInstant(date('2026-02-04T08:00-03:00'), 'UTC')).toBe('2026-02-04T11:00:00.000Z');
    expect(toIsoInstant(date('2026-02'), 'UTC')).toBe('2026-02-01T00:00:00.000Z');
    expect(toIsoInstant(date('2026-02-16'), 'Asia/Tokyo')).toBe('2026-02-15T15:00:00.000Z');
  });

  it('bounds each precision by its first and last instant', () => {
    expect(earliestInstant(date('2026-02'), 'UTC')).toBe(Date.UTC(2026, 1, 1));
    expect(latestInstant(date('2026-02'), 'UTC')).toBe(Date.UTC(2026, 2, 1) - 1);
    expect(latestInstant(date('2024'), 'UTC')).toBe(Date.UTC(2025, 0, 1) - 1);
    expect(latestInstant(date('2026-02-16T15:45Z'), 'UTC')).toBe(Date.UTC(2026, 1, 16, 15, 45));
  });
});

describe('story order', () => {
  const order = (...texts: string[]) =>
    texts
      .map((text) => span(text))
      .sort((a, b) => compareSpans(a, b, 'UTC'))
      .map((s) => s.start.value);

  it('puts items known only to the month after that month’s dated items', () => {
    expect(order('2026-02', '2026-02-16', '2026-02-04T08:00-03:00', '2026-01-13')).toEqual([
      '2026-01-13',
      '2026-02-04T08:00-03:00',
      '2026-02-16',
      '2026-02',
    ]);
  });

  it('puts a year after its months, and a later year after both', () => {
    expect(order('2027', '2026', '2026-12', '2026-04')).toEqual(['2026-04', '2026-12', '2026', '2027']);
  });

  it('orders a range by its end', () => {
    const range = span('2026-02-01', '2026-02-20');
    expect(compareSpans(range, span('2026-02-19'), 'UTC')).toBeGreaterThan(0);
    expect(compareSpans(range, span('2026-02-21'), 'UTC')).toBeLessThan(0);
  });

  it('gives sections by the end of a span: month, or year when only the year is known', () => {
    expect(periodKey(span('2026-02-04T08:00-03:00'), 'UTC')).toBe('2026-02');
    expect(periodKey(span('2026-01', '2026-02'), 'UTC')).toBe('2026-02');
    expect(periodKey(span('2025'), 'UTC')).toBe('2025');
    expect(periodKey(span('2026-02-28T23:30Z'), 'Asia/Tokyo')).toBe('2026-03');
    expect(formatPeriodKey('2026-02')).toBe('February 2026');
    expect(formatPeriodKey('2025')).toBe('2025');
  });
});
