// Dates for machines (HTML `datetime`, JSON-LD, story.json, feeds), written so no format states more than we know.
import type { StorySpan } from './interval';
import { daysOf, type StoryDate } from './parse';

/** The one date a span states, when it states exactly one and not approximately: only such a date has a machine form. */
function soleDate(span: StorySpan): StoryDate | undefined {
  const { start, end, approximate } = span;
  return approximate || (end !== undefined && end.value !== start.value) ? undefined : start;
}

/**
 * The one rule for "may this date be written as an instant?", followed by pages (`dateView`), feeds, JSON-LD and
 * story.json alike: only a single date known to the minute with the offset its source states. Never a year,
 * month, day or one of several days (no midnight the content does not state), never a local time whose offset
 * we only infer, never an approximate date, never a range. The instant in epoch milliseconds, or `undefined`.
 */
export function instantOf(span: StorySpan): number | undefined {
  const date = soleDate(span);
  return date?.precision === 'minute' ? Date.parse(date.value) : undefined;
}

/** The calendar date a date's written form is certain of, for a date that may not be written as an instant. */
function calendarDate(date: StoryDate): string | undefined {
  switch (date.precision) {
    case 'year':
    case 'month':
    case 'day':
      return date.value;
    case 'days': {
      // One of several days: the month (or year) that holds them all, since no single day is known.
      const days = daysOf(date);
      if (days.every((day) => day.slice(0, 7) === days[0].slice(0, 7))) return days[0].slice(0, 7);
      if (days.every((day) => day.slice(0, 4) === days[0].slice(0, 4))) return days[0].slice(0, 4);
      // Days in different years ("2025-12-31 or 2026-01-01"): no ISO date is both true and this precise.
      return undefined;
    }
    case 'minute':
    case 'local-minute':
      // A time that may not be an instant (a local time with an inferred offset): the local day as written is true.
      return date.value.slice(0, 10);
  }
}

/**
 * The most precise ISO 8601 form of a span that is still true, for JSON-LD and story.json: the instant as
 * written, with its stated offset, where `instantOf` allows one; else the calendar date it is certain of (the
 * year, month or day; for one of several days the month or year that holds them all). None for an approximate
 * date or a range.
 */
export function isoPartialOf(span: StorySpan): string | undefined {
  const date = soleDate(span);
  if (!date) return undefined;
  return instantOf(span) !== undefined ? date.value : calendarDate(date);
}

/** `isoPartialOf` for a date standing alone. */
export const isoPartialDate = (date: StoryDate): string | undefined => isoPartialOf({ start: date });

/**
 * The `datetime` attribute of a <time>: a valid HTML date string no more precise than the date, if there is one.
 * A local time with an inferred offset is an HTML "local date and time", which states no zone.
 */
export const datetimeAttribute = (date: StoryDate): string | undefined =>
  date.precision === 'local-minute' ? date.value.slice(0, 16) : isoPartialDate(date);
