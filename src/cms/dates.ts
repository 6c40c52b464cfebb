// Our dates in the browser editor: a text field whose pattern accepts exactly the written forms a date field takes
// (a date picker would turn "February 2026" into 1 February), and the hint that lists those forms.
import type { DatePrecision } from '../lib/dates';
import type { AnySchema } from './types';

/** One sample of every written form of a date, in the order they are listed to editors. */
export const DATE_SAMPLES: Record<DatePrecision, { sample: string; words: string }> = {
  year: { sample: '2025', words: 'a year' },
  month: { sample: '2026-02', words: 'a month' },
  day: { sample: '2026-02-16', words: 'a day' },
  days: { sample: '2026-02-13 or 2026-02-14', words: 'one of several days' },
  minute: { sample: '2026-02-16T15:45Z', words: 'a time, with Z or an offset such as -03:00' },
  'local-minute': {
    sample: '2026-02-04T08:00 probably -03:00',
    words: 'a local time whose offset you infer because the source gives none',
  },
};

const DAY = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
/** The written form of each precision, as a regular expression (calendar checks are the checker's). */
const DATE_FORMS: Record<DatePrecision, string> = {
  year: '\\d{4}',
  month: '\\d{4}-(0[1-9]|1[0-2])',
  day: DAY,
  days: `${DAY}( or ${DAY})+`,
  minute: `${DAY}T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?(Z|[+-](0\\d|1[0-4]):[0-5]\\d)`,
  'local-minute': `${DAY}T([01]\\d|2[0-3]):[0-5]\\d probably (Z|[+-](0\\d|1[0-4]):[0-5]\\d)`,
};

/** A pattern accepting exactly the written forms of these precisions. */
export const datePattern = (precisions: readonly DatePrecision[]) =>
  `^(${precisions.map((precision) => `(${DATE_FORMS[precision]})`).join('|')})$`;

/** The message Decap shows when a date does not match its pattern. */
export const datePatternMessage = (precisions: readonly DatePrecision[]) =>
  `write ${precisions.map((precision) => `"${DATE_SAMPLES[precision].sample}"`).join(', ')} (${precisions.map((precision) => DATE_SAMPLES[precision].words).join(', ')}): never more precise than known`;

/** The hint beside a date field, after its description. */
export const dateFormsHint = (precisions: readonly DatePrecision[]) =>
  `Accepted: ${precisions.map((precision) => `"${DATE_SAMPLES[precision].sample}" (${DATE_SAMPLES[precision].words})`).join(' · ')}. Never more precise than known.`;

/**
 * The precisions a field accepts when it is one of our dates: a string field whose value parses into a `StoryDate`.
 * Found by trying one sample of each written form, so a new date field needs no change here.
 */
export function datePrecisions(schema: AnySchema): DatePrecision[] | undefined {
  if (schema.def.type !== 'pipe') return undefined;
  const accepted = (Object.keys(DATE_SAMPLES) as DatePrecision[]).filter((precision) => {
    const result = schema.safeParse(DATE_SAMPLES[precision].sample);
    return result.success && typeof result.data === 'object' && result.data !== null && 'precision' in result.data;
  });
  return accepted.length ? accepted : undefined;
}
