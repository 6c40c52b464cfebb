// Creates a correctly formed content file from an editor's answers, validated before it is written.
import { writeFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { existingIds } from '../checker/content-files';
import { describeIssues, fieldName } from '../checker/issues';
import { checkingReference } from '../checker/references';
import { claimBasisProblems, type ClaimSourcing } from '../checker/rules/claim-basis';
import { PLACEHOLDER } from '../checker/rules/placeholders';
import { writeCalendarDate } from '../lib/dates';
import { COLLECTIONS, fileFor, type CollectionName } from '../lib/collections';
import { idFromWords, isWellFormedId } from '../lib/ids';
import { CLAIM_BASES, claimSchema, type ClaimBasis } from '../schemas/claims';
import { entitySchema } from '../schemas/entities';
import { eventSchema } from '../schemas/events';
import { reportSchema } from '../schemas/reports';
import { sourceSchema } from '../schemas/sources';
import { storySchema } from '../schemas/stories';

export interface Question {
  field: string;
  prompt: string;
  optional?: boolean;
}

/** What an editor is asked for, per collection; everything else keeps its default or is added by hand. */
export const QUESTIONS: Record<CollectionName, Question[]> = {
  stories: [
    { field: 'title', prompt: 'The story’s title' },
    { field: 'description', prompt: 'One sentence under the title (the dek)' },
    { field: 'started', prompt: 'When it began (2026, 2026-01 or 2026-01-13; empty if not known)', optional: true },
  ],
  reports: [
    { field: 'source', prompt: 'Outlet id (a file in content/sources/)' },
    { field: 'headline', prompt: 'Headline, exactly as the outlet wrote it' },
    { field: 'published', prompt: 'Published (2026-02, 2026-02-16 or 2026-02-16T15:45Z)' },
    { field: 'url', prompt: 'Original address (leave empty if not known)', optional: true },
    {
      field: 'story',
      prompt: 'Story id (a file in content/stories/; leave empty when the site follows one)',
      optional: true,
    },
  ],
  sources: [
    { field: 'name', prompt: 'Outlet name' },
    { field: 'homepage', prompt: 'Home page (https://…)' },
    {
      field: 'kind',
      prompt: 'Kind (ev-press, motoring-press, general-news, newspaper, business-news, wire, syndication)',
    },
    { field: 'language', prompt: 'Language (BCP 47, e.g. en)' },
    { field: 'country', prompt: 'Country (ISO code, e.g. US; empty if not known)', optional: true },
  ],
  events: [
    { field: 'title', prompt: 'What happened, as a short headline' },
    { field: 'date', prompt: 'When (2025, 2026-01, 2026-01-13 or "2026-02-13 or 2026-02-14")' },
    { field: 'kind', prompt: 'Kind (policy, business, deal, meeting, report, statement, denial)' },
    {
      field: 'story',
      prompt: 'Story id (a file in content/stories/; leave empty when the site follows one)',
      optional: true,
    },
  ],
  claims: [
    { field: 'statement', prompt: 'The claim, in our own words, as one sentence' },
    { field: 'basis', prompt: 'Basis (on-record: a named person or body said it; unnamed-sources; not-sourced)' },
    { field: 'claimant', prompt: 'Who said it, for an on-record claim (entity id; empty otherwise)', optional: true },
    { field: 'brokenBy', prompt: 'Outlet id that broke it (empty for a public statement)', optional: true },
    { field: 'date', prompt: 'When it was first made (2026-02, 2026-02-13 or "2026-02-13 or 2026-02-14")' },
    {
      field: 'story',
      prompt: 'Story id (a file in content/stories/; leave empty when the site follows one)',
      optional: true,
    },
  ],
  entities: [
    { field: 'name', prompt: 'Full name' },
    { field: 'kind', prompt: 'Kind (person, company, government, agency, organisation)' },
    { field: 'role', prompt: 'Role in this story, in a few words' },
    { field: 'country', prompt: 'Country (ISO code, e.g. US; empty if no source states it)', optional: true },
  ],
};

/** The npm command that creates an entry of each collection. */
export const COMMANDS: Record<CollectionName, string> = {
  stories: 'new:story',
  reports: 'new:report',
  sources: 'new:source',
  events: 'new:event',
  entities: 'new:entity',
  claims: 'new:claim',
};

/** Flags that are not answers: `--from` points `new:report` at the article, to suggest tags from it. */
export const EXTRA_FLAGS: Record<CollectionName, Question[]> = {
  reports: [
    {
      field: 'from',
      prompt: 'A text file of the article: suggests the entities, outlets and events it names (never stored)',
      optional: true,
    },
  ],
  stories: [],
  sources: [],
  events: [],
  entities: [],
  claims: [],
};

/** What `--help` prints: every flag of the collection, with its question. */
export function usage(collection: CollectionName): string {
  const flags = [
    ...QUESTIONS[collection],
    { field: 'id', prompt: 'File name without extension (default: made from the answers)', optional: true },
    ...EXTRA_FLAGS[collection],
  ];
  const width = Math.max(...flags.map(({ field }) => field.length)) + 2;
  return [
    `Usage: npm run ${COMMANDS[collection]} -- [--field value ...]`,
    '',
    ...flags.map(
      ({ field, prompt, optional }) => `  --${field.padEnd(width)}${prompt}${optional ? '' : ' (required)'}`,
    ),
    '',
    'Answers not given as flags are asked for when run in a terminal. Nothing is overwritten.',
  ].join('\n');
}

export class NewEntryError extends Error {}

/** Where the editor's own words go; the checker refuses it outside a draft. */
const TODO = PLACEHOLDER;

function template(
  collection: CollectionName,
  answers: Record<string, string>,
  now: number,
  stories: Set<string>,
): Record<string, unknown> {
  const { story: storyAnswer, ...given } = Object.fromEntries(
    Object.entries(answers).filter(([, value]) => value !== ''),
  );
  // A site that follows one story files every entry under it; with several, the editor names one.
  const story = storyAnswer ?? (stories.size === 1 ? [...stories][0] : undefined);
  const membership = { stories: story === undefined ? [] : [story] };
  switch (collection) {
    case 'stories':
      return { ...given, status: 'developing', soFar: [TODO] };
    case 'reports': {
      const { headline, source, published, url } = given;
      // `added` is the day the editor adds the report: a fact written into the file, never the build date.
      const added = writeCalendarDate(now, 'day');
      return {
        headline,
        source,
        ...membership,
        attribution: 'confirmed',
        published,
        added,
        url,
        language: 'en',
        summary: TODO,
        events: [],
        entities: [],
        cites: [],
        draft: true,
      };
    }
    case 'sources':
      return { ...given, description: TODO };
    case 'events':
      return { title: given.title, ...membership, ...given, summary: TODO, entities: [] };
    case 'entities':
      return { ...given, aliases: [] };
    case 'claims': {
      const { statement, basis, claimant, brokenBy, date } = given;
      // A public statement enters the story on the record, moved by its claimant; anything else is reported by an outlet.
      const first =
        basis === 'on-record'
          ? { status: 'on-record', date, entity: claimant }
          : { status: 'reported', date, outlet: brokenBy };
      return { statement, ...membership, basis, claimant, brokenBy, entities: [], events: [], history: [first] };
    }
  }
}

/**
 * What the schema cannot judge alone, in the checker's own words: who made or broke a new claim. Its first
 * status needs one of them, so these come before the schema's complaint about a history entry with neither.
 */
function claimProblems(data: Record<string, unknown>, answers: Record<string, string>): string[] {
  const basis = answers.basis as ClaimBasis;
  if (!(basis in CLAIM_BASES)) return [];
  const problems = claimBasisProblems(data as unknown as ClaimSourcing).map(
    ({ field, message }) => `${fieldName(field)}: ${message}`,
  );
  if (basis !== 'on-record' && !answers.brokenBy) {
    problems.push(
      'brokenBy: a claim that is not on the record needs the outlet that reported it (a file in content/sources/) — give --brokenBy',
    );
  }
  return problems;
}

/** The id made from the answers, once they are known to hold what it is made of. */
function defaultId(collection: CollectionName, answers: Record<string, string>): string {
  if (collection === 'reports') return `${answers.source}-${idFromWords(answers.headline)}`;
  if (collection === 'claims') return idFromWords(answers.statement);
  return idFromWords(collection === 'events' || collection === 'stories' ? answers.title : answers.name);
}

/** Validates the answers and writes the file; returns its path. Throws NewEntryError with every problem. */
export function createEntry(
  contentDir: string,
  collection: CollectionName,
  answers: Record<string, string>,
  given?: string,
  now = Date.now(),
): string {
  const known = existingIds(contentDir);
  const source = answers.source ?? '';
  if (collection === 'reports' && !known.sources.has(source)) {
    throw new NewEntryError(
      `unknown outlet "${source}". Known outlets: ${[...known.sources].sort().join(', ')}. ` +
        'Add one first with "npm run new:source".',
    );
  }
  const reference = checkingReference(known, contentDir);
  const schema: z.ZodType = {
    stories: storySchema,
    reports: reportSchema(reference),
    sources: sourceSchema,
    events: eventSchema(reference),
    entities: entitySchema,
    claims: claimSchema(reference),
  }[collection];
  const data = template(collection, answers, now, known.stories);
  let problems = collection === 'claims' ? claimProblems(data, answers) : [];
  if (problems.length === 0) {
    const result = schema.safeParse(data);
    if (!result.success)
      problems = describeIssues(schema, result.error.issues, data).map(
        (issue) => `${fieldName(issue.path)}: ${issue.message}`,
      );
  }
  if (problems.length) throw new NewEntryError(`not written, because:\n  ${problems.join('\n  ')}`);
  const id = given ?? defaultId(collection, answers);
  if (!isWellFormedId(id)) throw new NewEntryError(`"${id}" is not a usable id: use lower-case words and hyphens`);

  // `yaml` leaves out a key whose value is undefined (an answer not given).
  const yaml = stringify(data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  });
  const text =
    collection === 'reports'
      ? `---\n${yaml}---\n${TODO} The digest: what the report says, whom it attributes it to, and its angle.\n`
      : yaml;
  const file = fileFor(collection, id, contentDir);
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new NewEntryError(`${file} already exists: nothing was changed. Choose another id with --id.`);
    }
    throw error;
  }
  return file;
}

export const isCollection = (name: string): name is CollectionName => name in COLLECTIONS;
