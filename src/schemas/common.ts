// Field types shared by several collections.
import { z } from 'astro/zod';

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'use a two-letter ISO 3166-1 code in capitals, e.g. "US", "GB", "BR"');

export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 language tag, e.g. "en", "pt", "pt-BR"');

export const webUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'use a full http(s) address, e.g. "https://example.com/page"',
});

export const nonEmptyText = z.string().trim().min(1, 'must not be empty');
