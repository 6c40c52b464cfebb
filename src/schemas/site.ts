// Schema for content/site.yaml: the site's own name and settings (its stories are in content/stories/).
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

const paragraphs = z.array(nonEmptyText).min(1);

export const siteSchema = z.strictObject({
  name: nonEmptyText.describe('The site’s name, shown in the header and in page titles.'),
  tagline: nonEmptyText.describe('One line under the name.'),
  language: languageTag.describe('Language of the site’s own text (BCP 47), e.g. "en".'),
  timeZone: z
    .string()
    .refine(isTimeZone, 'use an IANA time zone such as "UTC" or "Europe/London"')
    .describe('The time zone in which times of day are shown.'),
  about: z
    .strictObject({
      purpose: paragraphs.describe(
        '"What this site is": what it follows and what it adds, as short paragraphs of plain text.',
      ),
      selection: paragraphs.describe(
        '"How reports are chosen": what earns a report a place here, and what happens when its outlet is uncertain.',
      ),
      digests: paragraphs.describe(
        '"How digests are written": the rules our summaries and digests follow. State only what is true of how they are made.',
      ),
      corrections: paragraphs.describe(
        '"How we correct mistakes": what a correction looks like on a page and on /corrections/.',
      ),
      contact: nonEmptyText.describe(
        'Who readers can write to with a correction or a suggestion, and how, in a sentence or two. Never give an address nobody reads; until there is one, say so.',
      ),
      contactUrl: z
        .url({
          protocol: /^(https?|mailto)$/,
          error: 'use an http(s) or mailto: address, e.g. "mailto:editors@example.org"',
        })
        .optional()
        .describe(
          'Where the contact sentence links to: an http(s) page or a mailto: address. Leave out when there is none.',
        ),
    })
    .optional()
    .describe(
      'The about page (/about/): what the site is, how it chooses and digests reports, how it corrects them, and who to contact.',
    ),
});

export type SiteData = z.output<typeof siteSchema>;
