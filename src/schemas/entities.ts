// Schema for entities: the people, companies, governments and agencies the story names.
import { z } from 'astro/zod';
import { countryCode, nonEmptyText } from './common';

export const ENTITY_KINDS = {
  person: 'Person',
  company: 'Company',
  government: 'Government',
  agency: 'Government body',
  organisation: 'Organisation',
} as const;

export const entitySchema = z.strictObject({
  name: nonEmptyText.describe('Full name, e.g. "Jim Farley", "BYD".'),
  kind: z.enum(Object.keys(ENTITY_KINDS) as [keyof typeof ENTITY_KINDS]).describe('What sort of entity it is.'),
  role: nonEmptyText.describe('A few words on who or what it is in this story, e.g. "Chief executive of Ford".'),
  country: countryCode
    .optional()
    .describe(
      'Country of the person or organisation (ISO 3166-1 alpha-2), only when a source states it; leave out otherwise.',
    ),
  aliases: z
    .array(nonEmptyText)
    .default([])
    .describe('Other names used in text ("Farley", "GM"); digests link the first mention of any of them.'),
});

export type EntityData = z.output<typeof entitySchema>;
