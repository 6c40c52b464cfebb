// Every date as an interval of instants it may denote, and the one rule for "known before".
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { daysOf, localMinuteParts, type StoryDate } from './parse';

/** A story date with an optional end and an "approximately" marker, as events carry them. */
export interface StorySpan {
  start: StoryDate;
  end?: StoryDate;
  approximate?: boolean;
  /** Announced or expected, not yet happened when reported. */
  planned?: boolean;
}

/** Every way a date can be known, from the most precise to the least, then the qualified ones: declared once. */
export const DATE_KNOWLEDGE = [
  'exact',
  'local-time',
  'day',
  'one-of',
  'month',
  'year',
  'approximate',
  'planned',
] as const;
/** How a date is known, in the words readers see (see `precisionNote`). */
export type DateKnowledge = (typeof DATE_KNOWLEDGE)[number];

/** The offsets furthest east and west of UTC that any place keeps: a local time with no known zone lies between. */
const EASTMOST = '+14:00';
const WESTMOST = '-12:00';

/** The earliest and latest instants (epoch ms) a date may denote, and how it is known. */
export interface DateInterval {
  earliest: number;
  latest: number;
  known: DateKnowledge;
}

function calendarStart(value: string, timeZone: string): TZDate {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  return new TZDate(year, month - 1, day, timeZone);
}

/**
 * Remembers a pure function of (date, time zone): zone-aware date-fns calls build Intl formatters, and a
 * site of 10,000 reports asks for the same few thousand dates on every page and in every sort.
 */
export function memoised<T>(compute: (date: StoryDate, timeZone: string) => T) {
  const cache = new Map<string, T>();
  return (date: StoryDate, timeZone: string): T => {
    const key = `${timeZone}|${date.precision}|${date.value}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(date, timeZone);
      cache.set(key, value);
    }
    return value;
  };
}

const firstWritten = (date: StoryDate) => (date.precision === 'days' ? daysOf(date)[0] : date.value);
const lastWritten = (date: StoryDate) => (date.precision === 'days' ? daysOf(date).at(-1)! : date.value);

/** The first instant a date may denote, in epoch milliseconds; calendar dates begin at midnight in `timeZone`. */
export const earliestInstant = memoised((date, timeZone) => {
  if (date.precision === 'minute') return Date.parse(date.value);
  // A local time whose offset is only inferred may be any place's: the inferred offset is not a fact to sort on.
  if (date.precision === 'local-minute') return Date.parse(localMinuteParts(date).local + EASTMOST);
  return calendarStart(firstWritten(date), timeZone).getTime();
});

/** The last instant a date may denote: the minute itself, or the last millisecond of its (last) day, month or year. */
export const latestInstant = memoised((date, timeZone) => {
  if (date.precision === 'minute') return Date.parse(date.value);
  if (date.precision === 'local-minute') return Date.parse(localMinuteParts(date).local + WESTMOST);
  const start = calendarStart(lastWritten(date), timeZone);
  const step = date.precision === 'year' ? addYears : date.precision === 'month' ? addMonths : addDays;
  return step(start, 1).getTime() - 1;
});

/** How far an approximate date may be off, each way: a week for a day, a month for a month, a year for a year. */
function approximateMargin(date: StoryDate, instant: number, timeZone: string, direction: 1 | -1): number {
  const from = new TZDate(instant, timeZone);
  if (date.precision === 'year') return addYears(from, direction).getTime();
  if (date.precision === 'month') return addMonths(from, direction).getTime();
  return addDays(from, 7 * direction).getTime();
}

function knowledgeOf(span: StorySpan): DateKnowledge {
  if (span.planned) return 'planned';
  if (span.approximate) return 'approximate';
  const precision = (span.end ?? span.start).precision;
  return (
    { minute: 'exact', 'local-minute': 'local-time', day: 'day', days: 'one-of', month: 'month', year: 'year' } as const
  )[precision];
}

/**
 * The instants a span may denote. `notBefore` narrows the start when the content knows more than the date
 * says (a report dated only to its month but known to follow a scoop); `notAfter` narrows the end (an event
 * that had happened by the time a report covered it).
 */
export function intervalOf(span: StorySpan, timeZone: string, notBefore?: number, notAfter?: number): DateInterval {
  let earliest = earliestInstant(span.start, timeZone);
  let latest = latestInstant(span.end ?? span.start, timeZone);
  if (span.approximate) {
    earliest = approximateMargin(span.start, earliest, timeZone, -1);
    latest = approximateMargin(span.end ?? span.start, latest, timeZone, 1);
  }
  if (notBefore !== undefined && notBefore > earliest && notBefore <= latest) earliest = notBefore;
  if (notAfter !== undefined && notAfter < latest && notAfter >= earliest) latest = notAfter;
  return { earliest, latest, known: knowledgeOf(span) };
}

/** True only when the dates prove it: every instant `a` may denote comes before every instant `b` may. */
export const knownBefore = (a: DateInterval, b: DateInterval): boolean => a.latest < b.earliest;

/**
 * Of several dated items, the ones that may have come first: those no other item is known to precede.
 * One candidate means it is known to be first; several mean the order among them is unknown.
 */
export function firstCandidates<T>(items: T[], intervalFor: (item: T) => DateInterval): T[] {
  const intervals = items.map(intervalFor);
  const earliestLatest = Math.min(...intervals.map((interval) => interval.latest));
  // An item is preceded by some other exactly when it starts after the earliest end of all of them.
  return items.filter((_, index) => !(intervals[index].earliest > earliestLatest));
}

/** Of several dated items, the ones that may have come last (the mirror of `firstCandidates`). */
export function lastCandidates<T>(items: T[], intervalFor: (item: T) => DateInterval): T[] {
  const intervals = items.map(intervalFor);
  const latestEarliest = Math.max(...intervals.map((interval) => interval.earliest));
  return items.filter((_, index) => !(intervals[index].latest < latestEarliest));
}
