// Editors' dates as written: the written form is the precision, and nothing is parsed into more than it says.
import { isExists } from 'date-fns/isExists';

/**
 * How precisely a date is written: a year, a month, a day, one of several days, a minute with its offset, or a
 * local time to the minute whose offset is our inference ("2026-02-04T08:00 probably -03:00").
 */
export const DATE_PRECISIONS = ['year', 'month', 'day', 'days', 'minute', 'local-minute'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date as precise as the editor knows it: `value` keeps the written form ("2026-02", "2026-02-13 or 2026-02-14"). */
export interface StoryDate {
  precision: DatePrecision;
  value: string;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
/** "2026-02-04T08:00 probably -03:00": the source gave a local time and no zone; the offset is our inference. */
const PROBABLY = /\s+probably\s+/;
/** "2026-02-13 or 2026-02-14": it happened on one of these days, and we do not know which. */
const ONE_OF = /\s+or\s+/;
/** How the days of "one of several days" are joined in the stored form; `daysOf` splits them again. */
const ONE_OF_WRITTEN = ' or ';

export const DATE_FORMS_HINT =
  'write "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DD or YYYY-MM-DD" (one of two days), "YYYY-MM-DDTHH:MM" with "Z" or an offset such as "-03:00", or "YYYY-MM-DDTHH:MM probably -03:00" when the source gives no time zone and the offset is inferred';

function parseDay(text: string): string | undefined {
  const match = text.match(DAY);
  if (!match) return `"${text}" is not a date in a form we accept: ${DATE_FORMS_HINT}`;
  const [year, month, day] = match.slice(1, 4).map(Number);
  return isExists(year, month - 1, day) ? undefined : `"${text}" is not a calendar date`;
}

function parseOneOf(trimmed: string): StoryDate | { error: string } {
  const days = trimmed.split(ONE_OF);
  for (const day of days) {
    const error = parseDay(day);
    if (error) return { error };
  }
  for (let index = 1; index < days.length; index++) {
    if (days[index] <= days[index - 1]) {
      return { error: `"${trimmed}" lists its days out of order or twice: write them earliest first, each once` };
    }
  }
  return { precision: 'days', value: days.join(ONE_OF_WRITTEN) };
}

/** A local time with an inferred offset: the time as the source wrote it, then the offset we believe it had. */
function parseLocalMinute(trimmed: string): StoryDate | { error: string } {
  const [local, offset, ...rest] = trimmed.split(PROBABLY);
  if (rest.length > 0 || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) || !/^(Z|[+-]\d{2}:\d{2})$/.test(offset)) {
    return {
      error: `"${trimmed}" is not a local time with an inferred offset: write "YYYY-MM-DDTHH:MM probably -03:00" (the time as the source gives it, then the offset you infer)`,
    };
  }
  const parsed = parseStoryDate(local + offset);
  if ('error' in parsed) return parsed;
  return { precision: 'local-minute', value: `${local} probably ${offset}` };
}

/** The parts of a local time with an inferred offset: "2026-02-04T08:00" and "-03:00". */
export function localMinuteParts(date: StoryDate): { local: string; offset: string } {
  const [local, offset] = date.value.split(' probably ');
  return { local, offset };
}

/** Parses an editor's date; returns the reason it is not a date instead of guessing. */
export function parseStoryDate(text: string): StoryDate | { error: string } {
  const trimmed = text.trim();
  if (ONE_OF.test(trimmed)) return parseOneOf(trimmed);
  if (PROBABLY.test(trimmed)) return parseLocalMinute(trimmed);
  let match: RegExpMatchArray | null;
  if (YEAR.test(trimmed)) return { precision: 'year', value: trimmed };
  if ((match = trimmed.match(MONTH))) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return { error: `"${trimmed}" has no month ${match[2]}` };
    return { precision: 'month', value: trimmed };
  }
  if (DAY.test(trimmed)) {
    const error = parseDay(trimmed);
    return error ? { error } : { precision: 'day', value: trimmed };
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

/**
 * The calendar days a date names: one for a day, several for "one of several days", none otherwise. The one
 * place that takes "one of several days" apart: nothing else splits its written form.
 */
export const daysOf = (date: StoryDate): string[] =>
  date.precision === 'days' ? date.value.split(ONE_OF_WRITTEN) : date.precision === 'day' ? [date.value] : [];
