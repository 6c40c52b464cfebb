// The date module: every written form, the interval each may denote, the one rule for "known before",
// readers' labels and machine forms that never claim more precision than the content has.
import { describe, expect, it } from 'vitest';
import {
  DATE_FORMS_HINT,
  DATE_PRECISIONS,
  datetimeAttribute,
  daysOf,
  earliestInstant,
  firstCandidates,
  formatPeriodKey,
  formatStoryDate,
  formatStorySpan,
  instantOf,
  intervalOf,
  isoPartialDate,
  isoPartialOf,
  knownBefore,
  lastCandidates,
  latestInstant,
  memoised,
  offsetLabel,
  parseStoryDate,
  periodKey,
  precisionNote,
  writeCalendarDate,
  writeMinute,
  type DateInterval,
  type StoryDate,
  type StorySpan,
} from '../../src/lib/dates';

const LA = 'America/Los_Angeles';
const iso = (ms: number) => new Date(ms).toISOString();

const date = (text: string): StoryDate => {
  const parsed = parseStoryDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const errorOf = (text: string): string => {
  const parsed = parseStoryDate(text);
  if (!('error' in parsed)) throw new Error(`"${text}" parsed as ${JSON.stringify(parsed)}`);
  return parsed.error;
};
const span = (start: string, more: Omit<Partial<StorySpan>, 'start' | 'end'> & { end?: string } = {}): StorySpan => ({
  ...more,
  start: date(start),
  end: more.end ? date(more.end) : undefined,
});
const interval = (
  text: string,
  timeZone = 'UTC',
  more: Omit<Partial<StorySpan>, 'start' | 'end'> & { end?: string } = {},
  notBefore?: number,
) => intervalOf(span(text, more), timeZone, notBefore);
const bounds = (i: DateInterval) => [iso(i.earliest), iso(i.latest)];

describe('parseStoryDate: every written form', () => {
  it.each([
    ['2025', 'year'],
    ['2026-02', 'month'],
    ['2026-12', 'month'],
    ['2026-01', 'month'],
    ['2026-02-16', 'day'],
    ['2024-02-29', 'day'],
    ['2026-02-16T15:45Z', 'minute'],
    ['2026-02-04T08:00-03:00', 'minute'],
    ['2026-02-04T08:00:30+05:30', 'minute'],
    ['2026-02-04T08:00:30.125Z', 'minute'],
    ['2026-02-04T23:59:59+14:00', 'minute'],
    ['2026-02-04T00:00-12:59', 'minute'],
    ['2026-02-13 or 2026-02-14', 'days'],
    ['2026-01-31 or 2026-02-01', 'days'],
    ['2025-12-31 or 2026-01-01', 'days'],
    ['2026-02-01 or 2026-02-03 or 2026-02-05', 'days'],
  ])('reads %s as %s precision, keeping the written form', (text, precision) => {
    expect(parseStoryDate(text)).toEqual({ precision, value: text });
  });

  it('trims surrounding space and normalises the space around "or"', () => {
    expect(parseStoryDate('  2026-02  ')).toEqual({ precision: 'month', value: '2026-02' });
    expect(parseStoryDate(' 2026-02-16 ')).toEqual({ precision: 'day', value: '2026-02-16' });
    expect(parseStoryDate('2026-02-13   or\t2026-02-14')).toEqual({
      precision: 'days',
      value: '2026-02-13 or 2026-02-14',
    });
    expect(parseStoryDate('2026-02-13 or   2026-02-14')).toEqual({
      precision: 'days',
      value: '2026-02-13 or 2026-02-14',
    });
  });

  it.each([
    ['2026-02-30', '"2026-02-30" is not a calendar date'],
    ['2025-02-29', '"2025-02-29" is not a calendar date'],
    ['2026-04-31', '"2026-04-31" is not a calendar date'],
    ['2026-13', '"2026-13" has no month 13'],
    ['2026-00', '"2026-00" has no month 00'],
    ['2026-02-16T15:45', '"2026-02-16T15:45" has no time zone: add "Z" for UTC or an offset such as "-03:00"'],
    ['2026-02-16T24:10Z', '"2026-02-16T24:10Z" is not a valid time of day'],
    ['2026-02-16T10:60Z', '"2026-02-16T10:60Z" is not a valid time of day'],
    ['2026-02-16T10:10:60Z', '"2026-02-16T10:10:60Z" is not a valid time of day'],
    ['2026-02-30T10:00Z', '"2026-02-30T10:00Z" is not a calendar date'],
    ['2026-02-16T10:00+15:00', '"2026-02-16T10:00+15:00" has an impossible offset +15:00'],
    ['2026-02-16T10:00-05:60', '"2026-02-16T10:00-05:60" has an impossible offset -05:60'],
  ])('rejects %s, saying why', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it.each([
    '16/02/2026',
    'Feb 2026',
    '2026-2-16',
    '26',
    '2026-02-16 15:45Z',
    '',
    'soon',
    '12026',
    '12026-02',
    '2026-02x',
    '12026-02-16',
    '12026-02-16T15:45Z',
    '2026-02-16T15:45Zx',
    '2026-02-16T15:45+01:00x',
  ])('rejects %j as not a form we accept, listing the forms', (text) => {
    expect(errorOf(text)).toBe(`"${text.trim()}" is not a date in a form we accept: ${DATE_FORMS_HINT}`);
  });

  it('names every accepted form in its hint, "A or B" included', () => {
    for (const form of ['"YYYY"', '"YYYY-MM"', '"YYYY-MM-DD"', '"YYYY-MM-DD or YYYY-MM-DD"', '"YYYY-MM-DDTHH:MM"']) {
      expect(DATE_FORMS_HINT).toContain(form);
    }
  });

  describe('"A or B": one of several days, never a span', () => {
    it('rejects days out of order or twice, asking for them earliest first', () => {
      const why = 'lists its days out of order or twice: write them earliest first, each once';
      expect(errorOf('2026-02-14 or 2026-02-13')).toBe(`"2026-02-14 or 2026-02-13" ${why}`);
      expect(errorOf('2026-02-13 or 2026-02-13')).toBe(`"2026-02-13 or 2026-02-13" ${why}`);
      expect(errorOf('2026-02-01 or 2026-02-05 or 2026-02-03')).toBe(`"2026-02-01 or 2026-02-05 or 2026-02-03" ${why}`);
      expect(errorOf('2026-02-01 or 2026-02-03 or 2026-02-03')).toBe(`"2026-02-01 or 2026-02-03 or 2026-02-03" ${why}`);
    });

    it('rejects an impossible day among them, naming it', () => {
      expect(errorOf('2026-02-28 or 2026-02-30')).toBe('"2026-02-30" is not a calendar date');
      expect(errorOf('2026-02-30 or 2026-03-01')).toBe('"2026-02-30" is not a calendar date');
    });

    it('takes only whole days: no months, years or times among them', () => {
      expect(errorOf('2026-02-13 or 2026-02')).toBe(`"2026-02" is not a date in a form we accept: ${DATE_FORMS_HINT}`);
      expect(errorOf('2026 or 2027')).toBe(`"2026" is not a date in a form we accept: ${DATE_FORMS_HINT}`);
      expect(errorOf('2026-02-13T10:00Z or 2026-02-14')).toMatch(
        /^"2026-02-13T10:00Z" is not a date in a form we accept/,
      );
    });

    it('is not read from a dangling "or"', () => {
      expect(errorOf('2026-02-13 or')).toMatch(/^"2026-02-13 or" is not a date in a form we accept/);
      expect(errorOf('2026-02-13or2026-02-14')).toMatch(/is not a date in a form we accept/);
    });
  });

  it('lists the calendar days a date names: one for a day, each for one-of, none otherwise', () => {
    expect(daysOf(date('2026-02-16'))).toEqual(['2026-02-16']);
    expect(daysOf(date('2026-02-13 or 2026-02-14'))).toEqual(['2026-02-13', '2026-02-14']);
    expect(daysOf(date('2026-02'))).toEqual([]);
    expect(daysOf(date('2026'))).toEqual([]);
    expect(daysOf(date('2026-02-16T15:45Z'))).toEqual([]);
  });
});

describe('intervals: the instants a date may denote', () => {
  it.each([
    ['2026', ['2026-01-01T08:00:00.000Z', '2027-01-01T07:59:59.999Z'], 'year'],
    ['2026-02', ['2026-02-01T08:00:00.000Z', '2026-03-01T07:59:59.999Z'], 'month'],
    ['2026-02-13', ['2026-02-13T08:00:00.000Z', '2026-02-14T07:59:59.999Z'], 'day'],
    ['2026-02-13 or 2026-02-14', ['2026-02-13T08:00:00.000Z', '2026-02-15T07:59:59.999Z'], 'one-of'],
    ['2026-01-31 or 2026-02-01', ['2026-01-31T08:00:00.000Z', '2026-02-02T07:59:59.999Z'], 'one-of'],
    ['2026-02-01 or 2026-02-03 or 2026-02-05', ['2026-02-01T08:00:00.000Z', '2026-02-06T07:59:59.999Z'], 'one-of'],
    ['2026-02-16T15:45Z', ['2026-02-16T15:45:00.000Z', '2026-02-16T15:45:00.000Z'], 'exact'],
    ['2026-02-04T08:00-03:00', ['2026-02-04T11:00:00.000Z', '2026-02-04T11:00:00.000Z'], 'exact'],
  ])(
    '%s in Los Angeles: calendar dates run from local midnight to the last local millisecond',
    (text, expected, known) => {
      const i = interval(text, LA);
      expect(bounds(i)).toEqual(expected);
      expect(i.known).toBe(known);
    },
  );

  it('follows daylight saving time: a summer day in Los Angeles starts at 07:00 UTC', () => {
    expect(bounds(interval('2026-07-04', LA))).toEqual(['2026-07-04T07:00:00.000Z', '2026-07-05T06:59:59.999Z']);
    expect(bounds(interval('2026-03', LA))).toEqual(['2026-03-01T08:00:00.000Z', '2026-04-01T06:59:59.999Z']);
  });

  it('starts calendar dates at midnight in zones ahead of UTC too', () => {
    expect(bounds(interval('2026-02-16', 'Asia/Tokyo'))).toEqual([
      '2026-02-15T15:00:00.000Z',
      '2026-02-16T14:59:59.999Z',
    ]);
    expect(earliestInstant(date('2026-02'), 'UTC')).toBe(Date.UTC(2026, 1, 1));
    expect(latestInstant(date('2026-02'), 'UTC')).toBe(Date.UTC(2026, 2, 1) - 1);
    expect(latestInstant(date('2024'), 'UTC')).toBe(Date.UTC(2025, 0, 1) - 1);
    expect(latestInstant(date('2024-02'), 'UTC')).toBe(Date.UTC(2024, 2, 1) - 1);
  });

  it('runs a span from its start to the end of its end', () => {
    const i = interval('2026-01-13', 'UTC', { end: '2026-02' });
    expect(bounds(i)).toEqual(['2026-01-13T00:00:00.000Z', '2026-02-28T23:59:59.999Z']);
    expect(i.known).toBe('month');
    expect(interval('2026-01', 'UTC', { end: '2026-01-20' }).known).toBe('day');
  });

  it.each([
    ['2026-02-13', ['2026-02-06T00:00:00.000Z', '2026-02-20T23:59:59.999Z']],
    ['2026-02-13 or 2026-02-14', ['2026-02-06T00:00:00.000Z', '2026-02-21T23:59:59.999Z']],
    ['2026-02-16T15:45Z', ['2026-02-09T15:45:00.000Z', '2026-02-23T15:45:00.000Z']],
    ['2026-01', ['2025-12-01T00:00:00.000Z', '2026-02-28T23:59:59.999Z']],
    ['2026-03', ['2026-02-01T00:00:00.000Z', '2026-04-30T23:59:59.999Z']],
    ['2026', ['2025-01-01T00:00:00.000Z', '2027-12-31T23:59:59.999Z']],
  ])(
    'widens an approximate %s for priority: a week for a day, a month for a month, a year for a year',
    (text, expected) => {
      const i = interval(text, 'UTC', { approximate: true });
      expect(bounds(i)).toEqual(expected);
      expect(i.known).toBe('approximate');
    },
  );

  it('widens an approximate span at each end by the margin of that end', () => {
    expect(bounds(interval('2026-01', 'UTC', { end: '2026-02-10', approximate: true }))).toEqual([
      '2025-12-01T00:00:00.000Z',
      '2026-02-17T23:59:59.999Z',
    ]);
  });

  it('widens in the site zone, not in UTC', () => {
    expect(bounds(interval('2026-02-13', LA, { approximate: true }))).toEqual([
      '2026-02-06T08:00:00.000Z',
      '2026-02-21T07:59:59.999Z',
    ]);
  });

  it('calls a planned date planned, even an approximate one', () => {
    expect(interval('2026-04', 'UTC', { planned: true }).known).toBe('planned');
    expect(interval('2026-04', 'UTC', { planned: true, approximate: true }).known).toBe('planned');
    expect(bounds(interval('2026-04', 'UTC', { planned: true }))).toEqual(bounds(interval('2026-04', 'UTC')));
  });

  describe('notBefore: what the content knows beyond the written date', () => {
    const scoop = Date.UTC(2026, 1, 13);

    it('narrows the start of a month-only date to an earlier event it is known to follow', () => {
      const month = interval('2026-02');
      expect(interval('2026-02', 'UTC', {}, scoop)).toEqual({ earliest: scoop, latest: month.latest, known: 'month' });
    });

    it('narrows up to and including the very last instant', () => {
      const month = interval('2026-02');
      expect(interval('2026-02', 'UTC', {}, month.latest).earliest).toBe(month.latest);
    });

    it('is ignored when it says nothing new (before or at the start) or contradicts the date (after its end)', () => {
      const month = interval('2026-02');
      expect(interval('2026-02', 'UTC', {}, Date.UTC(2026, 0, 20))).toEqual(month);
      expect(interval('2026-02', 'UTC', {}, month.earliest)).toEqual(month);
      expect(interval('2026-02', 'UTC', {}, month.latest + 1)).toEqual(month);
    });
  });
});

describe('knownBefore: only when the dates prove it', () => {
  it('is true when every instant of one precedes every instant of the other', () => {
    expect(knownBefore(interval('2026-02-13'), interval('2026-02-14'))).toBe(true);
    expect(knownBefore(interval('2026-01'), interval('2026-02-01'))).toBe(true);
    expect(knownBefore(interval('2026-02-04T08:00-03:00'), interval('2026-02-13 or 2026-02-14'))).toBe(true);
  });

  it('is false both ways for overlapping dates: a day and its month, one-of days and one of them', () => {
    for (const [a, b] of [
      ['2026-02-16', '2026-02'],
      ['2026-02-13 or 2026-02-14', '2026-02-14'],
      ['2026-02-16T15:45Z', '2026-02-16'],
      ['2026', '2026-02'],
    ]) {
      expect(knownBefore(interval(a), interval(b))).toBe(false);
      expect(knownBefore(interval(b), interval(a))).toBe(false);
    }
  });

  it('is false for touching intervals: one ending on the instant the other starts', () => {
    const a: DateInterval = { earliest: 0, latest: 100, known: 'exact' };
    expect(knownBefore(a, { earliest: 100, latest: 200, known: 'exact' })).toBe(false);
    expect(knownBefore(a, { earliest: 101, latest: 200, known: 'exact' })).toBe(true);
    const minute = interval('2026-02-16T15:45Z');
    expect(knownBefore(minute, minute)).toBe(false);
  });

  it('is false for an approximate date next to what its margin reaches', () => {
    expect(knownBefore(interval('2026-02-01'), interval('2026-02-05'))).toBe(true);
    expect(knownBefore(interval('2026-02-01', 'UTC', { approximate: true }), interval('2026-02-05'))).toBe(false);
  });
});

describe('firstCandidates and lastCandidates', () => {
  type Item = { id: string; i: DateInterval };
  const item = (id: string, text: string, notBefore?: number): Item => ({
    id,
    i: interval(text, 'UTC', {}, notBefore),
  });
  const first = (items: Item[]) => firstCandidates(items, (x) => x.i).map((x) => x.id);
  const last = (items: Item[]) => lastCandidates(items, (x) => x.i).map((x) => x.id);

  it('gives the one item known to be first, or known to be last', () => {
    const items = [item('feb-16', '2026-02-16'), item('feb-04', '2026-02-04'), item('feb-20', '2026-02-20T10:00Z')];
    expect(first(items)).toEqual(['feb-04']);
    expect(last(items)).toEqual(['feb-20']);
  });

  it('keeps every item no other is known to precede, in the order given', () => {
    const items = [
      item('month-b', '2026-02'),
      item('electrek', '2026-02-16T15:45Z'),
      item('month-a', '2026-02'),
      item('march', '2026-03-02'),
    ];
    expect(first(items)).toEqual(['month-b', 'electrek', 'month-a']);
    expect(last(items)).toEqual(['march']);
  });

  it('ties: items with the same date are all candidates, first and last', () => {
    const items = [item('a', '2026-02-16'), item('b', '2026-02-16')];
    expect(first(items)).toEqual(['a', 'b']);
    expect(last(items)).toEqual(['a', 'b']);
  });

  it('counts touching intervals as unordered', () => {
    const items: Item[] = [
      { id: 'a', i: { earliest: 0, latest: 100, known: 'exact' } },
      { id: 'b', i: { earliest: 100, latest: 200, known: 'exact' } },
      { id: 'c', i: { earliest: 101, latest: 300, known: 'exact' } },
    ];
    expect(first(items)).toEqual(['a', 'b']);
    expect(last(items)).toEqual(['b', 'c']);
  });

  it('a month-only date may come first or last against the days of its month', () => {
    const items = [item('day', '2026-02-10'), item('month', '2026-02')];
    expect(first(items)).toEqual(['day', 'month']);
    expect(last(items)).toEqual(['day', 'month']);
    expect(first([item('day', '2026-02-10'), item('month', '2026-02', Date.UTC(2026, 1, 13))])).toEqual(['day']);
    expect(last([item('day', '2026-02-20'), item('month', '2026-02', Date.UTC(2026, 1, 13))])).toEqual([
      'day',
      'month',
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(first([])).toEqual([]);
    expect(last([])).toEqual([]);
  });
});

describe('labels never claim more precision than the date has', () => {
  it.each([
    ['2025', '2025', '2025'],
    ['2026-02', 'February 2026', 'February 2026'],
    ['2026-02-16', '16 February 2026', '16 February 2026'],
    ['2026-02-13 or 2026-02-14', '13 or 14 February 2026', '13 or 14 February 2026'],
    ['2026-01-31 or 2026-02-01', '31 January or 1 February 2026', '31 January or 1 February 2026'],
    ['2025-12-31 or 2026-01-01', '31 December 2025 or 1 January 2026', '31 December 2025 or 1 January 2026'],
    ['2026-02-01 or 2026-02-03 or 2026-02-05', '1, 3 or 5 February 2026', '1, 3 or 5 February 2026'],
    [
      '2026-01-31 or 2026-02-01 or 2026-02-02',
      '31 January, 1 February or 2 February 2026',
      '31 January, 1 February or 2 February 2026',
    ],
    [
      '2025-12-31 or 2026-01-01 or 2026-01-02',
      '31 December 2025, 1 January 2026 or 2 January 2026',
      '31 December 2025, 1 January 2026 or 2 January 2026',
    ],
    ['2026-02-16T15:45Z', '16 February 2026, 15:45 UTC', '16 February 2026, 07:45 GMT-8'],
    ['2026-02-04T08:00-03:00', '4 February 2026, 11:00 UTC', '4 February 2026, 03:00 GMT-8'],
  ])('%s → %j in UTC, %j in Los Angeles', (text, utc, la) => {
    expect(formatStoryDate(date(text), 'UTC')).toBe(utc);
    expect(formatStoryDate(date(text), LA)).toBe(la);
  });

  it('moves a late-evening UTC time to the next day in a zone ahead of UTC', () => {
    expect(formatStoryDate(date('2026-02-16T23:30Z'), 'Asia/Tokyo')).toBe('17 February 2026, 08:30 GMT+9');
  });

  it('keeps calendar dates as written whatever the zone', () => {
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', LA]) {
      expect(formatStoryDate(date('2026-02-16'), zone)).toBe('16 February 2026');
      expect(formatStoryDate(date('2026-02'), zone)).toBe('February 2026');
      expect(formatStoryDate(date('2026'), zone)).toBe('2026');
    }
  });

  it.each([
    ['2026-02-16', {}, '16 February 2026'],
    ['2026-02-16', { end: '2026-02-16' }, '16 February 2026'],
    ['2026-02-13', { end: '2026-02-14' }, '13–14 February 2026'],
    ['2026-01-30', { end: '2026-02-02' }, '30 January – 2 February 2026'],
    ['2025-12-30', { end: '2026-01-02' }, '30 December 2025 – 2 January 2026'],
    ['2026-01', { end: '2026-02' }, 'January – February 2026'],
    ['2025-11', { end: '2026-02' }, 'November 2025 – February 2026'],
    ['2025', { end: '2026' }, '2025 – 2026'],
    ['2026-01', { end: '2026-02-03' }, 'January 2026 – 3 February 2026'],
    ['2026-02-10', { end: '2026-02' }, '10 February 2026 – February 2026'],
    ['2026-02', { end: '2026-02-20' }, 'February 2026 – 20 February 2026'],
    ['2026-02-13 or 2026-02-14', { end: '2026-03-02 or 2026-03-03' }, '13 or 14 February 2026 – 2 or 3 March 2026'],
    ['2026-02-16T10:00Z', { end: '2026-02-18T10:00Z' }, '16 February 2026, 10:00 UTC – 18 February 2026, 10:00 UTC'],
    // An estimate is never enumerated as days: the part of the month it falls in.
    ['2026-02-13 or 2026-02-14', { approximate: true }, 'mid February 2026'],
    ['2026-02-01 or 2026-02-02 or 2026-02-03', { approximate: true }, 'early February 2026'],
    ['2026-02-09 or 2026-02-12', { approximate: true }, 'early to mid February 2026'],
    ['2026-02-25', { approximate: true }, 'late February 2026'],
    ['2026-01-31 or 2026-02-01', { approximate: true }, 'late January to early February 2026'],
    ['2025-12-31 or 2026-01-01', { approximate: true }, 'late December 2025 to early January 2026'],
    ['2026-02', { approximate: true }, 'c. February 2026'],
    ['2026-02-01', { end: '2026-02-02', approximate: true }, 'early February 2026'],
    ['2026-02', { end: '2026-02-20', approximate: true }, 'c. February 2026 – 20 February 2026'],
    ['2026-01', { end: '2026-02', approximate: true }, 'c. January – February 2026'],
    ['2025', { end: '2026', approximate: true }, 'c. 2025 – 2026'],
    ['2026-04', { planned: true }, 'April 2026'],
  ] as [string, Parameters<typeof span>[1], string][])('span %s %j → %s', (start, more, label) => {
    expect(formatStorySpan(span(start, more), 'UTC')).toBe(label);
  });

  it('names each way a date can be known, distinctly', () => {
    expect(precisionNote('exact')).toBe('Known to the minute.');
    expect(precisionNote('day')).toBe('Known to the day.');
    expect(precisionNote('one-of')).toBe('On one of these days; which one is not known.');
    expect(precisionNote('month')).toBe('Known only to the month; the day is not known.');
    expect(precisionNote('year')).toBe('Known only to the year.');
    expect(precisionNote('approximate')).toBe('Approximate: the sources give no exact date.');
    expect(precisionNote('planned')).toBe('Planned: it had not happened when it was reported.');
  });
});

describe('timeline sections', () => {
  it('keys a span by the month of its end, or its year when only the year is known', () => {
    expect(periodKey(span('2026-02-04T08:00-03:00'), 'UTC')).toBe('2026-02');
    expect(periodKey(span('2026-01', { end: '2026-02' }), 'UTC')).toBe('2026-02');
    expect(periodKey(span('2026-01-13', { end: '2026' }), 'UTC')).toBe('2026');
    expect(periodKey(span('2025'), 'UTC')).toBe('2025');
    expect(periodKey(span('2026-01-31 or 2026-02-01'), 'UTC')).toBe('2026-02');
    expect(periodKey(span('2026-02-28'), LA)).toBe('2026-02');
  });

  it('puts an instant in the month it falls in within the site zone', () => {
    expect(periodKey(span('2026-02-28T23:30-08:00'), 'UTC')).toBe('2026-03');
    expect(periodKey(span('2026-02-28T23:30-08:00'), LA)).toBe('2026-02');
    expect(periodKey(span('2026-02-28T23:30Z'), 'Asia/Tokyo')).toBe('2026-03');
  });

  it('heads a month by its name and a year-only section as such', () => {
    expect(formatPeriodKey('2026-02')).toBe('February 2026');
    expect(formatPeriodKey('2026-12')).toBe('December 2026');
    expect(formatPeriodKey('2025')).toBe('2025, month not known');
  });
});

describe('machine forms: never more precise than known', () => {
  it.each([
    ['2025', '2025'],
    ['2026-02', '2026-02'],
    ['2026-02-16', '2026-02-16'],
    ['2026-02-04T08:00-03:00', '2026-02-04T08:00-03:00'],
    ['2026-02-13 or 2026-02-14', '2026-02'],
    ['2026-01-31 or 2026-02-01', '2026'],
    ['2025-12-31 or 2026-01-01', undefined],
  ])('isoPartialDate(%s) = %s', (text, expected) => {
    expect(isoPartialDate(date(text))).toBe(expected);
    expect(datetimeAttribute(date(text))).toBe(expected);
  });
});

describe('instantOf: the one rule for writing a date as an instant (pages, feeds, JSON-LD, story.json)', () => {
  // One row per written precision; the last column is the instant, or undefined where none may be written.
  const PRECISIONS: [string, string, number | undefined][] = [
    ['a year', '2025', undefined],
    ['a month: never a day or an instant', '2026-02', undefined],
    ['a day: no midnight the content does not state', '2026-02-16', undefined],
    ['one of several days', '2026-02-13 or 2026-02-14', undefined],
    ['a minute in UTC', '2026-02-16T15:45Z', Date.UTC(2026, 1, 16, 15, 45)],
    ['a minute at a stated offset', '2026-02-04T08:00-03:00', Date.UTC(2026, 1, 4, 11)],
    ['a minute with seconds', '2026-02-04T08:00:30+05:30', Date.UTC(2026, 1, 4, 2, 30, 30)],
    ['a local time whose offset is only inferred', '2026-02-04T08:00 probably -03:00', undefined],
    ['a local time inferred to be UTC', '2026-02-04T08:00 probably Z', undefined],
  ];

  it('is tested for every precision a date can be written in', () => {
    expect(new Set(PRECISIONS.map(([, text]) => date(text).precision))).toEqual(new Set(DATE_PRECISIONS));
  });

  it.each(PRECISIONS)('%s (%s): %s', (_, text, expected) => {
    expect(instantOf({ start: date(text) })).toBe(expected);
  });

  it.each(PRECISIONS)('approximately %s (%s): never an instant', (_, text) => {
    expect(instantOf({ start: date(text), approximate: true })).toBeUndefined();
  });

  it('a range is no instant, even of two minutes; a range ending where it starts is its one date', () => {
    expect(instantOf({ start: date('2026-02-16T15:45Z'), end: date('2026-02-16T16:45Z') })).toBeUndefined();
    expect(instantOf({ start: date('2026-02-10'), end: date('2026-02-16T15:45Z') })).toBeUndefined();
    expect(instantOf({ start: date('2026-02-16T15:45Z'), end: date('2026-02-16T15:45Z') })).toBe(
      Date.UTC(2026, 1, 16, 15, 45),
    );
  });

  it('decides where JSON-LD and story.json write a time: the written form only where it allows an instant', () => {
    expect(isoPartialOf({ start: date('2026-02-04T08:00-03:00') })).toBe('2026-02-04T08:00-03:00');
    expect(isoPartialOf({ start: date('2026-02-04T08:00 probably -03:00') })).toBe('2026-02-04');
    expect(isoPartialOf({ start: date('2026-02-16T15:45Z'), approximate: true })).toBeUndefined();
    expect(isoPartialOf({ start: date('2026-02-16T15:45Z'), end: date('2026-02-16T16:45Z') })).toBeUndefined();
    expect(isoPartialOf({ start: date('2026-02'), end: date('2026-02') })).toBe('2026-02');
  });
});

describe('memoised', () => {
  it('computes once per date and zone, and tells dates and zones apart', () => {
    let calls = 0;
    const f = memoised((d, zone) => `${d.precision}:${d.value}@${zone}#${++calls}`);
    expect(f(date('2026-02'), 'UTC')).toBe('month:2026-02@UTC#1');
    expect(f(date('2026-02'), 'UTC')).toBe('month:2026-02@UTC#1');
    expect(f(date('2026-03'), 'UTC')).toBe('month:2026-03@UTC#2');
    expect(f(date('2026-02'), LA)).toBe(`month:2026-02@${LA}#3`);
    expect(f({ precision: 'year', value: '2026-02' }, 'UTC')).toBe('year:2026-02@UTC#4');
    expect(calls).toBe(4);
  });
});

describe('writing dates in the forms editors write', () => {
  const instant = Date.UTC(2026, 1, 4, 11, 5);

  it('writes an instant to the year, month or day in UTC', () => {
    expect(writeCalendarDate(instant, 'year')).toBe('2026');
    expect(writeCalendarDate(instant, 'month')).toBe('2026-02');
    expect(writeCalendarDate(instant, 'day')).toBe('2026-02-04');
    expect(writeCalendarDate(Date.UTC(2026, 1, 28, 23, 59), 'day')).toBe('2026-02-28');
  });

  it('writes a minute in UTC or at an offset, east or west, and parses back to the same instant', () => {
    expect(writeMinute(instant, 'Z')).toBe('2026-02-04T11:05Z');
    expect(writeMinute(instant, -180)).toBe('2026-02-04T08:05-03:00');
    expect(writeMinute(instant, 330)).toBe('2026-02-04T16:35+05:30');
    expect(writeMinute(instant, -570)).toBe('2026-02-04T01:35-09:30');
    expect(writeMinute(instant, 0)).toBe('2026-02-04T11:05Z');
    expect(writeMinute(instant, 65)).toBe('2026-02-04T12:10+01:05');
    for (const offset of ['Z', -180, 330, -570, 45] as const) {
      const written = writeMinute(instant, offset);
      expect(parseStoryDate(written)).toEqual({ precision: 'minute', value: written });
      expect(instantOf({ start: date(written) })).toBe(instant);
    }
  });
});

describe('independence from the machine’s time zone', () => {
  it('labels calendar dates and sections the same in a zone far ahead of UTC', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      // Dates used nowhere else in this file, so no memoised label computed under UTC answers for them.
      expect(formatStoryDate(date('2027-03-13 or 2027-03-14'), 'UTC')).toBe('13 or 14 March 2027');
      expect(formatStoryDate(date('2027-03-31 or 2027-04-01'), 'UTC')).toBe('31 March or 1 April 2027');
      expect(formatPeriodKey('2027-03')).toBe('March 2027');
      expect(writeCalendarDate(Date.UTC(2027, 2, 31, 12), 'day')).toBe('2027-03-31');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('a local time whose offset is inferred', () => {
  const autopapo = parseStoryDate('2026-02-04T08:00 probably -03:00') as StoryDate;

  it('is its own precision, keeping the written form', () => {
    expect(autopapo).toEqual({ precision: 'local-minute', value: '2026-02-04T08:00 probably -03:00' });
    expect(parseStoryDate('2026-02-04T08:00 probably +05:30')).toEqual({
      precision: 'local-minute',
      value: '2026-02-04T08:00 probably +05:30',
    });
  });

  it.each([
    '2026-02-04T08:00-03:00 probably -03:00',
    '2026-02-04 probably -03:00',
    '2026-02-30T08:00 probably -03:00',
    '2026-02-04T08:00 probably -3',
  ])('refuses %s, saying why', (text) => {
    expect(parseStoryDate(text)).toHaveProperty('error');
  });

  it('is labelled in the local time the source gave, the offset marked as our inference', () => {
    expect(formatStoryDate(autopapo, 'UTC')).toBe('4 February 2026, 08:00 local time (probably UTC−3)');
    expect(formatStoryDate(autopapo, 'Europe/Berlin')).toBe('4 February 2026, 08:00 local time (probably UTC−3)');
    expect(offsetLabel('+05:30')).toBe('UTC+5:30');
    expect(offsetLabel('Z')).toBe('UTC');
  });

  it('may denote that local time in any zone, so nothing sorts on the inferred offset', () => {
    const interval = intervalOf({ start: autopapo }, 'UTC');
    expect(new Date(interval.earliest).toISOString()).toBe('2026-02-03T18:00:00.000Z');
    expect(new Date(interval.latest).toISOString()).toBe('2026-02-04T20:00:00.000Z');
    expect(interval.known).toBe('local-time');
  });

  it('is never written as an instant for machines: the local day for JSON-LD, a zoneless local time for HTML', () => {
    expect(instantOf({ start: autopapo })).toBeUndefined();
    expect(isoPartialDate(autopapo)).toBe('2026-02-04');
    expect(datetimeAttribute(autopapo)).toBe('2026-02-04T08:00');
    expect(precisionNote('local-time')).toMatch(/time zone is our inference/);
  });
});
