// Dates of synthetic content: instants written in the forms editors write (docs/authoring.md), and read back
// with the site's own date module, in UTC as the checker compares them.
import {
  earliestInstant,
  latestInstant,
  parseStoryDate,
  writeCalendarDate,
  writeMinute,
  type StoryDate,
} from '../../src/lib/dates';

export const DAY_MS = 86_400_000;
export const EVENTS_FROM = Date.UTC(2024, 0, 1);
export const EVENTS_UNTIL = Date.UTC(2027, 0, 1); // exclusive
export const REPORTS_FROM = Date.UTC(2025, 0, 1);
export const REPORTS_UNTIL = Date.UTC(2026, 10, 1); // exclusive: no report after the checker's "now"
export const PLANNED_FROM = Date.UTC(2025, 3, 1);
/** Offsets, in minutes east of UTC, that reports' times are written with. */
export const OFFSETS_MINUTES = [60, 120, -180, -300, -240, 330, 540, 480, 600, -420];

export const yearOf = (instant: number) => writeCalendarDate(instant, 'year');
export const monthOf = (instant: number) => writeCalendarDate(instant, 'month');
export const dayOf = (instant: number) => writeCalendarDate(instant, 'day');
/** "2026-02-16T15:45Z", or the same instant written with an offset: "2026-02-16T12:45-03:00". */
export const minuteOf = writeMinute;

function storyDate(text: string): StoryDate {
  const parsed = parseStoryDate(text);
  if ('error' in parsed) throw new Error(`generated an invalid date: ${parsed.error}`);
  return parsed;
}

/** The first instant a written date covers, as the checker reads it. */
export const earliestOf = (text: string) => earliestInstant(storyDate(text), 'UTC');
/** The last instant a written date covers, as the checker reads it. */
export const latestOf = (text: string) => latestInstant(storyDate(text), 'UTC');
