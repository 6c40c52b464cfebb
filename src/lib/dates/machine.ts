// Dates for machines (HTML `datetime`, JSON-LD, story.json, feeds), written so no format states more than we know.
import { daysOf, type StoryDate } from './parse';

/**
 * The most precise ISO 8601 date that is still true: the written form for a year, month, day or minute;
 * for one of several days, the month (or year) that holds them all, since no single day is known; none when
 * no calendar period short of a span holds them.
 */
export function isoPartialDate(date: StoryDate): string | undefined {
  // A local time with an inferred offset: the local day as written is true; no instant is.
  if (date.precision === 'local-minute') return date.value.slice(0, 10);
  if (date.precision !== 'days') return date.value;
  const days = daysOf(date);
  if (days.every((day) => day.slice(0, 7) === days[0].slice(0, 7))) return days[0].slice(0, 7);
  if (days.every((day) => day.slice(0, 4) === days[0].slice(0, 4))) return days[0].slice(0, 4);
  // Days in different years ("2025-12-31 or 2026-01-01"): no ISO date is both true and this precise.
  return undefined;
}

/**
 * The `datetime` attribute of a <time>: a valid HTML date string no more precise than the date, if there is one.
 * A local time with an inferred offset is an HTML "local date and time", which states no zone.
 */
export const datetimeAttribute = (date: StoryDate): string | undefined =>
  date.precision === 'local-minute' ? date.value.slice(0, 16) : isoPartialDate(date);

/**
 * An instant for formats that accept nothing less (RSS `pubDate`, JSON Feed `date_published`): only a date
 * known to the minute, with its offset, has one. Everything else gets none (a local time whose offset we only
 * infer included), and its feed item says the date in words instead.
 */
export function feedInstant(date: StoryDate): string | undefined {
  return date.precision === 'minute' ? new Date(Date.parse(date.value)).toISOString() : undefined;
}
