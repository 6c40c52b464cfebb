// Creates a correctly formed content file from an editor's answers, validated before it is written.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { slug } from 'github-slugger';
import { stringify } from 'yaml';
import { checkingReference, existingIds } from '../checker/check-content';
import { describeIssues, fieldName } from '../checker/issues';
import { COLLECTIONS, fileFor, type CollectionName } from '../lib/collections';
import { claimSchema } from '../schemas/claims';
import { entitySchema } from '../schemas/entities';
import { eventSchema } from '../schemas/events';
import { reportSchema } from '../schemas/reports';
import { sourceSchema } from '../schemas/sources';

/** What an editor is asked for, per collection; everything else keeps its default or is added by hand. */
export const QUESTIONS: Record<CollectionName, { field: string; prompt: string; optional?: boolean }[]> = {
  reports: [
    { field: 'source', prompt: 'Outlet id (a file in content/sources/)' },
    { field: 'headline', prompt: 'Headline, exactly as the outlet wrote it' },
    { field: 'published', prompt: 'Published (2026-02, 2026-02-16 or 2026-02-16T15:45Z)' },
    { field: 'url', prompt: 'Original address (leave empty if not known)', optional: true },
  ],
  sources: [
    { field: 'name', prompt: 'Outlet name' },
    { field: 'homepage', prompt: 'Home page (https://…)' },
    { field: 'kind', prompt: 'Kind (ev-press, motoring-press, general-news, newspaper, business-news, wire, syndication)' },
    { field: 'language', prompt: 'Language (BCP 47, e.g. en)' },
    { field: 'country', prompt: 'Country (ISO code, e.g. US; empty if not known)', optional: true },
  ],
  events: [
    { field: 'title', prompt: 'What happened, as a short headline' },
    { field: 'date', prompt: 'When (2025, 2026-01 or 2026-01-13)' },
    { field: 'kind', prompt: 'Kind (policy, business, deal, meeting, report, statement, denial)' },
  ],
  claims: [
    { field: 'statement', prompt: 'The claim, in our own words, as one sentence' },
    { field: 'firstReportedBy', prompt: 'Outlet id that made it first (a file in content/sources/)' },
    { field: 'basis', prompt: 'Basis (named, anonymous, official)' },
    { field: 'date', prompt: 'When it was first made (2026-02 or 2026-02-13)' },
  ],
  entities: [
    { field: 'name', prompt: 'Full name' },
    { field: 'kind', prompt: 'Kind (person, company, government, agency, organisation)' },
    { field: 'role', prompt: 'Role in this story, in a few words' },
    { field: 'country', prompt: 'Country (ISO code, e.g. US)' },
  ],
};

export class NewEntryError extends Error {}

const TODO = 'TODO: write this in our own words.';

function template(collection: CollectionName, answers: Record<string, string>): Record<string, unknown> {
  const given = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== ''));
  switch (collection) {
    case 'reports': {
      const { headline, source, published, url } = given;
      return { headline, source, attribution: 'confirmed', published, url, language: 'en', summary: TODO, events: [], entities: [], cites: [], draft: true };
    }
    case 'sources':
      return { ...given, description: TODO };
    case 'events':
      return { ...given, summary: TODO, entities: [] };
    case 'entities':
      return { ...given, aliases: [] };
    case 'claims': {
      const { statement, firstReportedBy, basis, date } = given;
      return { statement, firstReportedBy, basis, entities: [], events: [], history: [{ status: 'reported', date, outlet: firstReportedBy }] };
    }
  }
}

const withoutUndefined = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

function defaultId(collection: CollectionName, answers: Record<string, string>): string {
  const words = (text = '') => slug(text).split('-').filter(Boolean).slice(0, 6).join('-');
  if (collection === 'reports') return `${answers.source}-${words(answers.headline)}`;
  if (collection === 'claims') return words(answers.statement);
  return words(collection === 'events' ? answers.title : answers.name);
}

/** Validates the answers and writes the file; returns its path. Throws NewEntryError with every problem. */
export function createEntry(
  contentDir: string,
  collection: CollectionName,
  answers: Record<string, string>,
  id = defaultId(collection, answers),
): string {
  const known = existingIds(contentDir);
  if (collection === 'reports' && !known.sources.has(answers.source ?? '')) {
    throw new NewEntryError(
      `unknown outlet "${answers.source ?? ''}". Known outlets: ${[...known.sources].sort().join(', ')}. ` +
        'Add one first with "npm run new:source".',
    );
  }
  const reference = checkingReference(known, contentDir);
  const schema = {
    reports: reportSchema(reference),
    sources: sourceSchema,
    events: eventSchema(reference),
    entities: entitySchema,
    claims: claimSchema(reference),
  }[collection];
  const data = template(collection, answers);
  const result = (schema as z.ZodType).safeParse(data);
  if (!result.success) {
    const problems = describeIssues(schema as z.ZodType, result.error.issues).map((issue) => `${fieldName(issue.path)}: ${issue.message}`);
    throw new NewEntryError(`not written, because:\n  ${problems.join('\n  ')}`);
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new NewEntryError(`"${id}" is not a usable id: use lower-case words and hyphens`);

  const yaml = stringify(withoutUndefined(data), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const text =
    collection === 'reports'
      ? `---\n${yaml}---\n${TODO} The digest: what the report says, whom it attributes it to, and its angle.\n`
      : yaml;
  const file = fileFor(collection, id, contentDir);
  try {
    writeFileSync(join(file), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new NewEntryError(`${file} already exists: nothing was changed. Choose another id with --id.`);
    }
    throw error;
  }
  return file;
}

export const isCollection = (name: string): name is CollectionName => name in COLLECTIONS;
