// Readers' words for dates: labels, precision notes and timeline sections, never more precise than known.
import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { earliestInstant, latestInstant, memoised, type DateKnowledge, type StorySpan } from './interval';
import { daysOf, localMinuteParts, type StoryDate } from './parse';

function zoneName(timeZone: string, instant: Date): string {
  return timeZone === 'UTC' ? 'UTC' : format(instant, 'zzz', { in: tz(timeZone) });
}

/** "1, 2 or 3": alternatives, the last joined with "or". */
const alternatives = (labels: string[]) =>
  labels.length <= 2 ? labels.join(' or ') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;

/** "13 or 14 February 2026", "31 January or 1 February 2026": each day named, the shared month and year once. */
function formatOneOfDays(days: string[]): string {
  const sameYear = days.every((day) => day.slice(0, 4) === days[0].slice(0, 4));
  const sameMonth = sameYear && days.every((day) => day.slice(0, 7) === days[0].slice(0, 7));
  const label = (day: string, pattern: string) => format(new Date(`${day}T12:00:00Z`), pattern, { in: tz('UTC') });
  const year = days[0].slice(0, 4);
  if (sameMonth)
    return `${alternatives(days.map((day) => String(Number(day.slice(8)))))} ${label(days[0], 'MMMM')} ${year}`;
  if (sameYear) return `${alternatives(days.map((day) => label(day, 'd MMMM')))} ${year}`;
  return alternatives(days.map((day) => label(day, 'd MMMM yyyy')));
}

/** "-03:00" → "UTC−3", "+05:30" → "UTC+5:30", "Z" → "UTC". */
export function offsetLabel(offset: string): string {
  if (offset === 'Z' || /^[+-]00:00$/.test(offset)) return 'UTC';
  const hours = Number(offset.slice(1, 3));
  const minutes = offset.slice(4);
  return `UTC${offset[0] === '-' ? '−' : '+'}${hours}${minutes === '00' ? '' : `:${minutes}`}`;
}

/** "4 February 2026, 08:00 local time (probably UTC−3)": the time as the source gave it, our inference marked. */
function formatLocalMinute(value: StoryDate): string {
  const { local, offset } = localMinuteParts(value);
  const wall = format(new TZDate(Date.parse(`${local}Z`), 'UTC'), 'd MMMM yyyy, HH:mm');
  return `${wall} local time (probably ${offsetLabel(offset)})`;
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
    case 'days':
      return formatOneOfDays(daysOf(date));
    case 'minute':
      return `${format(start, 'd MMMM yyyy, HH:mm', inZone)} ${zoneName(timeZone, start)}`;
    case 'local-minute':
      return formatLocalMinute(date);
  }
});

const PART_OF_MONTH = ['early', 'mid', 'late'] as const;
const partOfMonth = (day: string) => PART_OF_MONTH[Math.min(2, Math.floor((Number(day.slice(8)) - 1) / 10))];

/**
 * An approximate date written as days of one month: the part of the month, never the days themselves
 * ("early February 2026", "early to mid February 2026"), since an estimate enumerated reads as a fact.
 */
function approximateDays(span: StorySpan): string | undefined {
  const parts = [span.start, ...(span.end ? [span.end] : [])].map(daysOf);
  if (!span.approximate || parts.some((days) => days.length === 0)) return undefined;
  const days = parts.flat();
  const [first, last] = [days[0], days.at(-1)!];
  const name = (day: string, pattern: string) => format(new Date(`${day}T12:00:00Z`), pattern, { in: tz('UTC') });
  if (first.slice(0, 7) === last.slice(0, 7)) {
    const [from, to] = [partOfMonth(first), partOfMonth(last)];
    return `${from === to ? from : `${from} to ${to}`} ${name(first, 'MMMM yyyy')}`;
  }
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  return `${partOfMonth(first)} ${name(first, sameYear ? 'MMMM' : 'MMMM yyyy')} to ${partOfMonth(last)} ${name(last, 'MMMM yyyy')}`;
}

/** A label for a span: "13 January 2026", "January – February 2026", "c. February 2026", "early February 2026". */
export function formatStorySpan(span: StorySpan, timeZone: string): string {
  const partOf = approximateDays(span);
  if (partOf) return partOf;
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
  if (start.precision === end.precision && (start.precision === 'month' || start.precision === 'day') && sameYear) {
    return `${prefix}${startLabel.replace(/ \d{4}$/, '')} – ${endLabel}`;
  }
  return `${prefix}${startLabel} – ${endLabel}`;
}

const KNOWLEDGE_NOTES: Record<DateKnowledge, string> = {
  exact: 'Known to the minute.',
  'local-time':
    'Known to the minute in the local time the source gives; its time zone is our inference, so the exact moment is not known.',
  day: 'Known to the day.',
  'one-of': 'On one of these days; which one is not known.',
  month: 'Known only to the month; the day is not known.',
  year: 'Known only to the year.',
  approximate: 'Approximate: the sources give no exact date.',
  planned: 'Planned: it had not happened when it was reported.',
};

/** How precisely a date is known, in a reader's words: shown beside the date and as its tooltip. */
export function precisionNote(known: DateKnowledge): string {
  return KNOWLEDGE_NOTES[known];
}

/**
 * The timeline section of a span: the month (or, when only the year is known, the year) of its end,
 * which keeps sections contiguous under `compareSpans`.
 */
export function periodKey(span: StorySpan, timeZone: string): string {
  const last = span.end ?? span.start;
  if (last.precision === 'year') return last.value;
  // The month the source wrote: the instant's month in any zone is not known.
  if (last.precision === 'local-minute') return last.value.slice(0, 7);
  return format(new Date(latestInstant(last, timeZone)), 'yyyy-MM', { in: tz(timeZone) });
}

/** The heading for a period key: "February 2026", or "2025, month not known" for items known only to the year. */
export function formatPeriodKey(key: string): string {
  return key.length === 4
    ? `${key}, month not known`
    : format(new Date(`${key}-01T12:00:00Z`), 'MMMM yyyy', { in: tz('UTC') });
}
