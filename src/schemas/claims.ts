// Schema for claims: statements inside the story, who made them first, and what became of them.
import { z } from 'astro/zod';
import { nonEmptyText } from './common';
import type { ReferenceFn } from './reference';
import { storyDate } from './story-date';

export const CLAIM_STATUSES = {
  reported: 'Reported',
  confirmed: 'Confirmed',
  denied: 'Denied',
  disputed: 'Disputed',
  retracted: 'Retracted',
  unresolved: 'Unresolved',
} as const;

export const CLAIM_BASES = {
  named: 'Named sources',
  anonymous: 'Anonymous sources',
  official: 'Official statement',
} as const;

const claimPrecisions = ['month', 'day', 'minute'] as const;

const statusChange = (reference: ReferenceFn) =>
  z
    .strictObject({
      status: z.enum(Object.keys(CLAIM_STATUSES) as [keyof typeof CLAIM_STATUSES]).describe('Where the claim stood from this date on.'),
      date: storyDate(claimPrecisions).describe('When it moved there, as precisely as known.'),
      approximate: z.boolean().default(false).describe('True when the date is an estimate.'),
      outlet: reference('sources').optional().describe('The outlet that moved it (e.g. the one that reported it). Give this or `entity`.'),
      entity: reference('entities').optional().describe('The person or organisation that moved it (e.g. the one that denied it). Give this or `outlet`.'),
      note: nonEmptyText.optional().describe('What was said, in our words; short quotes of named people in quotation marks.'),
    })
    .refine((change) => (change.outlet ? !change.entity : !!change.entity), {
      message: 'name who moved the claim: exactly one of `outlet` or `entity`',
    });

export const claimSchema = (reference: ReferenceFn) =>
  z.strictObject({
    statement: nonEmptyText.describe('The claim, in our own words, as one sentence.'),
    firstReportedBy: reference('sources').describe('The outlet that made the claim first (cited or collected).'),
    basis: z.enum(Object.keys(CLAIM_BASES) as [keyof typeof CLAIM_BASES]).describe('What the first report rested on.'),
    basisNote: nonEmptyText.optional().describe('Who the sources were, as the report describes them, e.g. "people familiar with the matter".'),
    entities: z.array(reference('entities')).default([]).describe('Ids of the people and organisations the claim is about.'),
    events: z.array(reference('events')).default([]).describe('Ids of the timeline events where the claim was made or answered.'),
    history: z
      .array(statusChange(reference))
      .min(1, 'give at least the first status, usually "reported"')
      .describe('Every change of status, oldest first: reported, then confirmed, denied, disputed, retracted or unresolved.'),
  });

export type ClaimData = z.output<ReturnType<typeof claimSchema>>;
