// Schema for events: the dated developments that make up the story's timeline.
import { z } from 'astro/zod';
import { nonEmptyText } from './common';
import type { ReferenceFn } from './reference';
import { corrections } from './corrections';
import { storyDate } from './story-date';

/** Kinds in the order same-day events are told: what happens, then the report of it, then reactions. */
export const EVENT_KINDS = {
  policy: 'Policy',
  business: 'Business',
  deal: 'Deal',
  meeting: 'Meeting',
  report: 'Report',
  statement: 'Statement',
  denial: 'Denial',
} as const;

const eventPrecisions = ['year', 'month', 'day', 'days'] as const;

export const eventSchema = (reference: ReferenceFn) =>
  z.strictObject({
    title: nonEmptyText.describe('What happened, as a short headline in our own words.'),
    stories: z
      .array(reference('stories'))
      .default([])
      .describe('Ids of the stories it belongs to (files in content/stories/), e.g. ["ford-chinese-ev-jv"].'),
    date: storyDate(eventPrecisions).describe(
      'When it happened, only as precisely as known: "2025", "2026-01", "2026-01-13", or "2026-02-13 or 2026-02-14" when it was one of those days.',
    ),
    end: storyDate(eventPrecisions)
      .optional()
      .describe(
        'Last day, month or year of an event that lasted over a range (not for an event on one unknown day of several: write "A or B" in `date`).',
      ),
    approximate: z.boolean().default(false).describe('True when the date itself is an estimate; shown as "c.".'),
    planned: z
      .boolean()
      .default(false)
      .describe('True for an announced or expected event that had not happened when reported.'),
    kind: z.enum(Object.keys(EVENT_KINDS) as [keyof typeof EVENT_KINDS]).describe('What sort of development it is.'),
    summary: nonEmptyText.describe('One or two sentences, in our own words.'),
    entities: z.array(reference('entities')).default([]).describe('Ids of the entities involved.'),
    outlets: z
      .array(reference('sources'))
      .default([])
      .describe('For reports and scoops: ids of the outlets whose reporting this event is.'),
    corrections,
  });

export type EventData = z.output<ReturnType<typeof eventSchema>>;
