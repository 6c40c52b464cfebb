// Zod field for editors' dates: a quoted string whose written form is its precision.
import { z } from 'astro/zod';
import { DATE_FORMS_HINT, parseStoryDate, type DatePrecision, type StoryDate } from '../lib/dates';

const notAString = (input: unknown) =>
  input instanceof Date
    ? `put the date in quotes so its precision is kept and impossible dates are caught (${DATE_FORMS_HINT})`
    : `expected a date in quotes: ${DATE_FORMS_HINT}`;

const PRECISION_WORDS: Record<DatePrecision, string> = {
  year: 'a year',
  month: 'a month',
  day: 'a day',
  days: 'one of several days',
  minute: 'a time to the minute',
  'local-minute': 'a local time whose offset is inferred',
};
const alternatives = (words: string[]) =>
  words.length <= 2 ? words.join(' or ') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** How to write a date of each precision: the checker shows the first a field takes when the field is missing. */
const WRITTEN_FORMS: [DatePrecision, string][] = [
  ['day', '"YYYY-MM-DD"'],
  ['month', '"YYYY-MM"'],
  ['year', '"YYYY"'],
  ['minute', '"YYYY-MM-DDTHH:MMZ"'],
  ['days', '"YYYY-MM-DD or YYYY-MM-DD"'],
];

/** A date field accepting the given precisions; the result is a plain `StoryDate`. */
export function storyDate(precisions: readonly DatePrecision[]) {
  const example = WRITTEN_FORMS.find(([precision]) => precisions.includes(precision))?.[1];
  return z
    .string({ error: (issue) => notAString(issue.input) })
    .transform((text, ctx): StoryDate => {
      const parsed = parseStoryDate(text);
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      if (!precisions.includes(parsed.precision)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${text}" is ${PRECISION_WORDS[parsed.precision]}; this field takes ${alternatives(precisions.map((precision) => PRECISION_WORDS[precision]))}`,
        });
        return z.NEVER;
      }
      return parsed;
    })
    .meta({ example });
}
