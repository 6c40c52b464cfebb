// Every date rule of the site: parsing editors' dates, ordering, labels and <time datetime> values.
import { TZDate, tz } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { isExists } from 'date-fns/isExists';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';

export const DATE_PRECISIONS = ['year', 'month', 'day', 'minute'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date as precise as the editor knows it: `value` keeps the written form ("2026-02", "2026-02-04T08:00-03:00"). */
export interface StoryDate {
  precision: DatePrecision;
  value: string;
}

/** A story date with an optional end and an "approximately" marker, as events carry them. */
export interface StorySpan {
  start: StoryDate;
  end?: StoryDate;
  approximate?: boolean;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

export const DATE_FORMS_HINT =
  'write "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" with "Z" or an offset such as "-03:00"';

/** Parses an editor's date; returns the reason it is not a date instead of guessing. */
export function parseStoryDate(text: string): StoryDate | { error: string } {
  const trimmed = text.trim();
  let match: RegExpMatchArray | null;
  if ((match = trimmed.match(YEAR))) return { precision: 'year', value: trimmed };
  if ((match = trimmed.match(MONTH))) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return { error: `"${trimmed}" has no month ${match[2]}` };
    return { precision: 'month', value: trimmed };
  }
  if ((match = trimmed.match(DAY))) {
    const [year, month, day] = match.slice(1, 4).map(Number);
    if (!isExists(year, month - 1, day)) return { error: `"${trimmed}" is not a calendar date` };
    return { precision: 'day', value: trimmed };
  }
  if ((match = trimmed.match(MINUTE))) {
    const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
    const second = Number(match[6] ?? 0);
    const offset = match[7];
    if (!isExists(year, month - 1, day)) return { error: `"${trimmed}" is not a calendar date` };
    if (hour > 23 || minute > 59 || second > 59) return { error: `"${trimmed}" is not a valid time of day` };
    if (!offset) return { error: `"${trimmed}" has no time zone: add "Z" for UTC or an offset such as "-03:00"` };
    if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59)) {
      return { error: `"${trimmed}" has an impossible offset ${offset}` };
    }
    return { precision: 'minute', value: trimmed };
  }
  return { error: `"${trimmed}" is not a date in a form we accept: ${DATE_FORMS_HINT}` };
}

function calendarStart(date: StoryDate, timeZone: string): TZDate {
  const [year, month = 1, day = 1] = date.value.split('-').map(Number);
  return new TZDate(year, month - 1, day, timeZone);
}

/**
 * Remembers a pure function of (date, time zone): zone-aware date-fns calls build Intl formatters, and a
 * site of 10,000 reports asks for the same few thousand dates on every page and in every sort.
 */
function memoised<T>(compute: (date: StoryDate, timeZone: string) => T) {
  const cache = new Map<string, T>();
  return (date: StoryDate, timeZone: string): T => {
    const key = `${timeZone}|${date.value}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(date, timeZone);
      cache.set(key, value);
    }
    return value;
  };
}

/** The first instant of a date, in epoch milliseconds; calendar dates begin at midnight in `timeZone`. */
export const earliestInstant = memoised((date, timeZone) =>
  date.precision === 'minute' ? Date.parse(date.value) : calendarStart(date, timeZone).getTime(),
);

/** The last instant a date covers: the minute itself, or the last millisecond of its day, month or year. */
export const latestInstant = memoised((date, timeZone) => {
  if (date.precision === 'minute') return Date.parse(date.value);
  const start = calendarStart(date, timeZone);
  const next = { year: addYears, month: addMonths, day: addDays }[date.precision](start, 1);
  return next.getTime() - 1;
});

/**
 * Orders spans by the latest moment each can have happened, then the later-starting first, so an
 * item known only to its month or year follows the dated items of that period instead of leading it.
 */
export function compareSpans(a: StorySpan, b: StorySpan, timeZone: string): number {
  return (
    latestInstant(a.end ?? a.start, timeZone) - latestInstant(b.end ?? b.start, timeZone) ||
    earliestInstant(b.start, timeZone) - earliestInstant(a.start, timeZone)
  );
}

/** The `datetime` attribute for a date: the written form is already a valid HTML date string. */
export function datetimeAttribute(date: StoryDate): string {
  return date.value;
}

/** An exact instant for machine formats (feeds, JSON-LD); for calendar dates, the start of the period. */
export function toIsoInstant(date: StoryDate, timeZone: string): string {
  return new Date(earliestInstant(date, timeZone)).toISOString();
}

function zoneName(timeZone: string, instant: Date): string {
  return timeZone === 'UTC' ? 'UTC' : format(instant, 'zzz', { in: tz(timeZone) });
}

/** A reader's label that never claims more precision than the date has. */
export const formatStoryDate = memoised((date, timeZone): string => {
  const start = new Date(earliestInstant(date, timeZone));
  const inZone = { in: tz(timeZone) };
  switch (date.precision) {
    case 'year':
      return date.value;
    case 'month':
      return format(start, 'MMMM yyyy', inZone);
    case 'day':
      return format(start, 'd MMMM yyyy', inZone);
    case 'minute':
      return `${format(start, 'd MMMM yyyy, HH:mm', inZone)} ${zoneName(timeZone, start)}`;
  }
});

/** A label for a span: "13–14 February 2026", "January – February 2026", "c. 1–2 February 2026". */
export function formatStorySpan(span: StorySpan, timeZone: string): string {
  const prefix = span.approximate ? 'c. ' : '';
  const { start, end } = span;
  if (!end || end.value === start.value) return prefix + formatStoryDate(start, timeZone);
  const startLabel = formatStoryDate(start, timeZone);
  const endLabel = formatStoryDate(end, timeZone);
  const sameYear = start.value.slice(0, 4) === end.value.slice(0, 4);
  const sameMonth = sameYear && start.value.slice(5, 7) === end.value.slice(5, 7);
  if (start.precision === 'day' && end.precision === 'day' && sameMonth) {
    return `${prefix}${Number(start.value.slice(8))}–${endLabel}`;
  }
  if (start.precision === end.precision && start.precision !== 'minute' && sameYear) {
    return `${prefix}${startLabel.replace(/ \d{4}$/, '')} – ${endLabel}`;
  }
  return `${prefix}${startLabel} – ${endLabel}`;
}

/**
 * The timeline section of a span: the month (or, when only the year is known, the year) of its end,
 * which keeps sections contiguous under `compareSpans`.
 */
export function periodKey(span: StorySpan, timeZone: string): string {
  const last = span.end ?? span.start;
  if (last.precision === 'year') return last.value;
  return format(new Date(latestInstant(last, timeZone)), 'yyyy-MM', { in: tz(timeZone) });
}

/** The heading for a period key: "February 2026" or "2025". */
export function formatPeriodKey(key: string): string {
  return key.length === 4 ? key : format(new Date(`${key}-01T12:00:00Z`), 'MMMM yyyy', { in: tz('UTC') });
}

/** The Monday ("2026-02-16") of the week a day- or minute-precise date falls in; undefined when less precise. */
export const weekOf = memoised((date, timeZone): string | undefined => {
  if (date.precision !== 'day' && date.precision !== 'minute') return undefined;
  const inZone = { in: tz(timeZone) };
  return format(startOfISOWeek(new Date(earliestInstant(date, timeZone)), inZone), 'yyyy-MM-dd', inZone);
});

/** Every week from the first Monday to the last, inclusive: "2026-02-02", "2026-02-09", … */
export function weeksBetween(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let week = new Date(`${first}T12:00:00Z`); format(week, 'yyyy-MM-dd', { in: tz('UTC') }) <= last; week = addWeeks(week, 1)) {
    weeks.push(format(week, 'yyyy-MM-dd', { in: tz('UTC') }));
  }
  return weeks;
}

/** A short label for a week key: "16 Feb 2026". */
export function formatWeekLabel(week: string): string {
  return format(new Date(`${week}T12:00:00Z`), 'd MMM yyyy', { in: tz('UTC') });
}
