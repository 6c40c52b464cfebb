// The corrections log an entry carries: what we changed after publishing it, and when.
import { z } from 'astro/zod';
import { nonEmptyText } from './common';
import { storyDate } from './story-date';

export const corrections = z
  .array(
    z.strictObject({
      date: storyDate(['day', 'minute']).describe('When we made the correction, e.g. "2026-11-23".'),
      note: nonEmptyText.describe('What was wrong and what it says now, in one or two sentences.'),
    }),
  )
  .default([])
  .describe(
    'Corrections we made after publishing, oldest first; each shows on the page, in feeds and on /corrections/.',
  );
