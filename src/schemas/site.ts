// Schema for content/site.yaml: everything that names the site and the story it follows.
import { z } from 'astro/zod';
import { languageTag, nonEmptyText } from './common';

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const siteSchema = z.strictObject({
  name: nonEmptyText.describe('The site’s name, shown in the header and in page titles.'),
  tagline: nonEmptyText.describe('One line under the name.'),
  language: languageTag.describe('Language of the site’s own text (BCP 47), e.g. "en".'),
  timeZone: z
    .string()
    .refine(isTimeZone, 'use an IANA time zone such as "UTC" or "Europe/London"')
    .describe('The time zone in which times of day are shown.'),
  story: z.strictObject({
    title: nonEmptyText.describe('The story’s title, the home page heading.'),
    description: nonEmptyText.describe('One sentence used as the home page description.'),
    soFar: z.array(nonEmptyText).min(1).describe('"The story so far": short paragraphs of plain text.'),
  }),
});

export type SiteData = z.output<typeof siteSchema>;
