// Readers' words for dates: labels, precision notes and timeline sections, never more precise than known.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { earliestInstant, latestInstant, memoised, type DateKnowledge, type StorySpan } from './interval';

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
      return formatOneOfDays(date.value.split(' or '));
    case 'minute':
      return `${format(start, 'd MMMM yyyy, HH:mm', inZone)} ${zoneName(timeZone, start)}`;
  }
});

/** A label for a span: "13 January 2026", "January – February 2026", "c. 1 or 2 February 2026". */
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
  if (start.precision === end.precision && (start.precision === 'month' || start.precision === 'day') && sameYear) {
    return `${prefix}${startLabel.replace(/ \d{4}$/, '')} – ${endLabel}`;
  }
  return `${prefix}${startLabel} – ${endLabel}`;
}

const KNOWLEDGE_NOTES: Record<DateKnowledge, string> = {
  exact: 'Known to the minute.',
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
  return format(new Date(latestInstant(last, timeZone)), 'yyyy-MM', { in: tz(timeZone) });
}

/** The heading for a period key: "February 2026", or "2025, month not known" for items known only to the year. */
export function formatPeriodKey(key: string): string {
  return key.length === 4
    ? `${key}, month not known`
    : format(new Date(`${key}-01T12:00:00Z`), 'MMMM yyyy', { in: tz('UTC') });
}
