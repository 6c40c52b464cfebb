// Schema for claims: statements inside the story, who made them, who broke them, and what became of them.
import { z } from 'astro/zod';
import { nonEmptyText } from './common';
import type { ReferenceFn } from './reference';
import { corrections } from './corrections';
import { storyDate } from './story-date';

/**
 * Where a claim stands. No status means "verified by us": "on the record" says only that the claimant said
 * it publicly. `prefix` goes before the statement wherever the claim is named (titles, cards, feeds, snippets).
 */
export const CLAIM_STATUSES = {
  'on-record': {
    label: 'On the record',
    prefix: 'On the record',
    meaning:
      'The person or body it is attributed to said it publicly; that they said it is not in doubt, what they said may be.',
  },
  reported: {
    label: 'Unconfirmed',
    prefix: 'Unconfirmed',
    meaning: 'Reported, but not confirmed on the record by anyone it concerns.',
  },
  confirmed: {
    label: 'Confirmed by a party',
    prefix: 'Confirmed',
    meaning: 'A person or organisation it concerns confirmed it on the record.',
  },
  denied: {
    label: 'Denied',
    prefix: 'Denied',
    meaning: 'A person or organisation it concerns denied it on the record.',
  },
  disputed: {
    label: 'Disputed',
    prefix: 'Disputed',
    meaning: 'Contradicted by other reporting or evidence, without an on-the-record denial.',
  },
  retracted: { label: 'Retracted', prefix: 'Retracted', meaning: 'The outlet or person that made it withdrew it.' },
} as const;
export type ClaimStatus = keyof typeof CLAIM_STATUSES;

/** What a claim rests on, as the reports describe it. */
export const CLAIM_BASES = {
  'on-record': 'Attributed to a named person or body',
  'unnamed-sources': 'Unnamed sources',
  'not-sourced': 'No source given',
} as const;
export type ClaimBasis = keyof typeof CLAIM_BASES;

const claimPrecisions = ['month', 'day', 'days', 'minute'] as const;

const statusChange = (reference: ReferenceFn) =>
  z
    .strictObject({
      status: z.enum(Object.keys(CLAIM_STATUSES) as [ClaimStatus]).describe('Where the claim stood from this date on.'),
      date: storyDate(claimPrecisions).describe(
        'When it moved there, as precisely as known: "2026-02", "2026-02-13 or 2026-02-14", "2026-01-13".',
      ),
      approximate: z.boolean().default(false).describe('True when the date is an estimate; shown as "c.".'),
      outlet: reference('sources')
        .optional()
        .describe('The outlet that moved it (e.g. the one that reported it). Give this or `entity`.'),
      entity: reference('entities')
        .optional()
        .describe('The person or organisation that moved it (e.g. the one that denied it). Give this or `outlet`.'),
      note: nonEmptyText
        .optional()
        .describe('What was said, in our words; short quotes of named people in quotation marks.'),
    })
    .refine((change) => (change.outlet ? !change.entity : !!change.entity), {
      message: 'name who moved the claim: exactly one of `outlet` or `entity`',
    });

export const claimSchema = (reference: ReferenceFn) =>
  z.strictObject({
    statement: nonEmptyText.describe('The claim, in our own words, as one sentence.'),
    basis: z
      .enum(Object.keys(CLAIM_BASES) as [ClaimBasis])
      .describe(
        '"on-record" when a named person or body made it; "unnamed-sources" when it rests on anonymous sources; "not-sourced" when the report gives no source.',
      ),
    claimant: reference('entities')
      .optional()
      .describe('Who made it, for an "on-record" claim: the person or body speaking. Leave out for unnamed sources.'),
    brokenBy: reference('sources')
      .optional()
      .describe(
        'The outlet that broke it (may be one we only cite, e.g. "bloomberg"). Leave out for a public statement or when not known.',
      ),
    basisNote: nonEmptyText
      .optional()
      .describe('How the reports describe its sourcing, e.g. "people familiar with the matter".'),
    firstReportedEarlier: z
      .boolean()
      .default(false)
      .describe(
        'True when the first entry of the history is only when a report we hold carried it, and the report says it was reported earlier by an outlet it does not name.',
      ),
    stories: z
      .array(reference('stories'))
      .default([])
      .describe('Ids of the stories it belongs to (files in content/stories/), e.g. ["ford-chinese-ev-jv"].'),
    entities: z
      .array(reference('entities'))
      .default([])
      .describe('Ids of the people and organisations the claim is about.'),
    events: z
      .array(reference('events'))
      .default([])
      .describe('Ids of the timeline events where the claim was made or answered.'),
    history: z
      .array(statusChange(reference))
      .min(1, 'give at least the first status: "on-record" for a public statement, otherwise "reported"')
      .describe(
        'Every change of status, oldest first: how it was first made ("on-record" or "reported"), then confirmed, denied, disputed or retracted.',
      ),
    corrections,
  });

export type ClaimData = z.output<ReturnType<typeof claimSchema>>;
