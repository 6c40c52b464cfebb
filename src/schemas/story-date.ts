// Zod field for editors' dates: a quoted string whose written form is its precision.
import { z } from 'astro/zod';
import { DATE_FORMS_HINT, parseStoryDate, type DatePrecision, type StoryDate } from '../lib/dates';

const notAString = (input: unknown) =>
  input instanceof Date
    ? `put the date in quotes so its precision is kept and impossible dates are caught (${DATE_FORMS_HINT})`
    : `expected a date in quotes: ${DATE_FORMS_HINT}`;

/** A date field accepting the given precisions; the result is a plain `StoryDate`. */
export function storyDate(precisions: readonly DatePrecision[]) {
  return z.string({ error: (issue) => notAString(issue.input) }).transform((text, ctx): StoryDate => {
    const parsed = parseStoryDate(text);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    if (!precisions.includes(parsed.precision)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is a ${parsed.precision}; this field takes a ${precisions.join(', ')}`,
      });
      return z.NEVER;
    }
    return parsed;
  });
}
