// Schema for outlets: the publications that report on, or are cited in, the story.
import { z } from 'astro/zod';
import { countryCode, languageTag, nonEmptyText, webUrl } from './common';

export const SOURCE_KINDS = {
  'ev-press': 'EV news site',
  'motoring-press': 'Motoring press',
  'general-news': 'General news',
  newspaper: 'Newspaper',
  'business-news': 'Business news',
  wire: 'News agency',
  syndication: 'Republisher',
} as const;

export const sourceSchema = z.strictObject({
  name: nonEmptyText.describe('The outlet’s name as readers know it, e.g. "Financial Times".'),
  homepage: webUrl.describe('The outlet’s home page, e.g. "https://electrek.co/".'),
  country: countryCode.optional().describe('Where the outlet is based (ISO 3166-1 alpha-2). Leave out when not known.'),
  language: languageTag.describe('The outlet’s main language (BCP 47), e.g. "en", "pt".'),
  kind: z
    .enum(Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS])
    .optional()
    .describe('What sort of outlet it is; leave out when the sources do not show it.'),
  description: nonEmptyText.describe('One or two sentences about the outlet, in our own words.'),
});

export type SourceData = z.output<typeof sourceSchema>;
