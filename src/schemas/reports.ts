// Schema for reports: one article by one outlet; the Markdown body is our digest of it.
import { z } from 'astro/zod';
import { languageTag, nonEmptyText, webUrl } from './common';
import type { ReferenceFn } from './reference';
import { corrections } from './corrections';
import { storyDate } from './story-date';

export const ATTRIBUTIONS = {
  confirmed: 'Confirmed',
  probable: 'Probable',
} as const;

const publicationPrecisions = ['month', 'day', 'days', 'minute', 'local-minute'] as const;

export const reportSchema = (reference: ReferenceFn) =>
  z.strictObject({
    headline: nonEmptyText.describe('The outlet’s own headline, unchanged.'),
    stories: z
      .array(reference('stories'))
      .default([])
      .describe('Ids of the stories it belongs to (files in content/stories/), e.g. ["ford-chinese-ev-jv"].'),
    source: reference('sources').describe('Id of the outlet that published it (a file in content/sources/).'),
    attribution: z
      .enum(Object.keys(ATTRIBUTIONS) as [keyof typeof ATTRIBUTIONS])
      .describe('"confirmed" when we know this outlet published it; "probable" when it is our best inference.'),
    authors: z.array(nonEmptyText).default([]).describe('Bylines as printed; leave out when the report names none.'),
    published: storyDate(publicationPrecisions).describe(
      'When it was published: "2026-02", "2026-02-16" or "2026-02-16T15:45Z".',
    ),
    publishedAfter: reference('events')
      .optional()
      .describe(
        'For a report dated less precisely than the day: an event it is known to have followed (e.g. the scoop it relays), which narrows when it can have appeared.',
      ),
    updated: storyDate(publicationPrecisions).optional().describe('When the outlet last updated it, if it says so.'),
    url: webUrl.optional().describe('The original article’s address. Only where known: never guessed.'),
    language: languageTag.describe('Language of the text we read (BCP 47).'),
    translatedFrom: z
      .strictObject({
        language: languageTag.describe('Language of the original.'),
        headline: nonEmptyText.describe('The original headline.'),
      })
      .optional()
      .describe('For a translation: the original’s language and headline.'),
    summary: nonEmptyText.describe('One or two sentences on what the report says, in our own words.'),
    events: z.array(reference('events')).default([]).describe('Ids of the timeline events the report covers.'),
    entities: z.array(reference('entities')).default([]).describe('Ids of the people and organisations it names.'),
    cites: z.array(reference('sources')).default([]).describe('Ids of the outlets it relies on, e.g. ["bloomberg"].'),
    claims: z
      .array(
        z.strictObject({
          claim: reference('claims').describe('Id of a claim in content/claims/.'),
          mentionsResponse: z
            .boolean()
            .optional()
            .describe(
              'Whether the report mentions the denial or confirmation the claim had by then; required once there was one.',
            ),
        }),
      )
      .default([])
      .describe('The claims the report carries.'),
    caveats: z
      .array(nonEmptyText)
      .default([])
      .describe('What we could not confirm about this report (outlet, date, headline).'),
    added: storyDate(['day', 'minute']).describe(
      'The day you add the report to the site ("2026-11-22"): what "new since your last visit" counts. Never the build date.',
    ),
    corrections,
    draft: z.boolean().default(false).describe('Drafts show in `npm run dev` only, never in a production build.'),
    scheduled: z
      .boolean()
      .default(false)
      .describe(
        'Held back until its publication date, like a draft: for a report written ahead of its `published` date. Without it, a date after today is an error.',
      ),
  });

export type ReportData = z.output<ReturnType<typeof reportSchema>>;
