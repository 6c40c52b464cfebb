// Dates in the CMS (src/cms/dates.ts): the words and samples an editor reads, and which fields are dates.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { dateFormsHint, datePatternMessage, datePrecisions as precisionsOf } from '../../src/cms/dates';
import type { AnySchema } from '../../src/cms/types';
import { storyDate } from '../../src/schemas/story-date';

describe('what the form says about a date', () => {
  it('lists every written form with a sample, in order, when the value does not match', () => {
    expect(datePatternMessage(['year', 'month', 'day', 'days', 'minute'])).toBe(
      'write "2025", "2026-02", "2026-02-16", "2026-02-13 or 2026-02-14", "2026-02-16T15:45Z" (a year, a month, a day, one of several days, a time, with Z or an offset such as -03:00): never more precise than known',
    );
  });

  it('explains a local time without an offset', () => {
    expect(datePatternMessage(['local-minute'])).toBe(
      'write "2026-02-04T08:00 probably -03:00" (a local time whose offset you infer because the source gives none): never more precise than known',
    );
  });

  it('hints the forms a field takes beside it', () => {
    expect(dateFormsHint(['day', 'minute'])).toBe(
      'Accepted: "2026-02-16" (a day) · "2026-02-16T15:45Z" (a time, with Z or an offset such as -03:00). Never more precise than known.',
    );
  });
});

/** The form walks schemas by their definitions only (src/cms/types.ts). */
const datePrecisions = (schema: z.ZodType) => precisionsOf(schema as unknown as AnySchema);

describe('which fields are dates', () => {
  it('finds the precisions a story date takes by trying a sample of each', () => {
    expect(datePrecisions(storyDate(['day', 'minute']))).toEqual(['day', 'minute']);
    expect(datePrecisions(storyDate(['year', 'month', 'day', 'days', 'minute']).optional().unwrap())).toEqual([
      'year',
      'month',
      'day',
      'days',
      'minute',
    ]);
  });

  it('takes a string, or a transform that gives something other than a date, for no date', () => {
    expect(datePrecisions(z.string())).toBeUndefined();
    expect(datePrecisions(z.string().transform((text) => text.length))).toBeUndefined();
    expect(datePrecisions(z.string().transform(() => null))).toBeUndefined();
    expect(datePrecisions(z.string().transform(() => ({ value: 'x' })))).toBeUndefined();
    expect(
      datePrecisions(
        z
          .string()
          .transform((text) => ({ precision: text }))
          .refine(() => false),
      ),
    ).toBeUndefined();
  });
});
