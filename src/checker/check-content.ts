// The content checker: reads every file under the content folder and reports every problem in one run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';
import { COLLECTIONS, fileFor, SITE_FILE, type CollectionName } from '../lib/collections';
import { earliestInstant, latestInstant, type StoryDate } from '../lib/dates';
import { entryId } from '../lib/entry-id';
import { claimSchema, type ClaimData } from '../schemas/claims';
import { entitySchema } from '../schemas/entities';
import { eventSchema, type EventData } from '../schemas/events';
import type { ReferenceFn } from '../schemas/reference';
import { reportSchema, type ReportData } from '../schemas/reports';
import { siteSchema } from '../schemas/site';
import { sourceSchema } from '../schemas/sources';
import { describeIssues, fieldName } from './issues';
import { listFiles, parseContentFile, type FieldPath, type ParsedFile } from './read-files';
import { findUnsafeMarkup } from './unsafe-markup';

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  field?: string;
  message: string;
}

interface Entry<T> {
  id: string;
  parsed: ParsedFile;
  data: T;
}

/** A `reference()` that knows which ids exist and suggests the nearest one for a typo. */
export function checkingReference(known: Record<CollectionName, Set<string>>, contentDir: string): ReferenceFn {
  return (collection) =>
    z.string().transform((id, ctx) => {
      if (!known[collection].has(id)) {
        const nearest = known[collection].size ? closest(id, [...known[collection]]) : undefined;
        ctx.addIssue({
          code: 'custom',
          message:
            `unknown ${COLLECTIONS[collection].noun} "${id}"` +
            (nearest ? ` — did you mean "${nearest}"?` : '') +
            ` Add ${fileFor(collection, id, contentDir)} or fix the id`,
        });
      }
      return { id, collection };
    });
}

/** Same address whatever the case of the host, a trailing slash, a fragment or tracking parameters. */
function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (key.startsWith('utm_')) parsed.searchParams.delete(key);
  return parsed.href.replace(/\/$/, '');
}

/** The id of a file given relative to the content folder, e.g. "reports/x.md" → "x". */
const idOf = (collection: CollectionName, relativePath: string) =>
  entryId(relativePath.slice(COLLECTIONS[collection].folder.length + 1));

/** The ids that exist in each collection, read from file names alone. */
export function existingIds(contentDir: string): Record<CollectionName, Set<string>> {
  return Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((collection) => {
      const { folder, extension } = COLLECTIONS[collection];
      const dir = join(contentDir, folder);
      const files = existsSync(dir) ? listFiles(dir).filter((file) => file.endsWith(extension) && !file.includes('/')) : [];
      return [collection, new Set(files.map((file) => entryId(file)))];
    }),
  ) as Record<CollectionName, Set<string>>;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const isAfter = (later: StoryDate, earlier: StoryDate) =>
  earliestInstant(later, 'UTC') > latestInstant(earlier, 'UTC');

export interface CheckOptions {
  /** Look for unsafe HTML in digests; a build skips it, since its Markdown pipeline reports the same. */
  scanMarkup?: boolean;
}

export async function checkContent(contentDir: string, { scanMarkup = true }: CheckOptions = {}): Promise<Problem[]> {
  const problems: Problem[] = [];
  const error = (file: string, message: string, field?: FieldPath, parsed?: ParsedFile) =>
    problems.push({
      severity: 'error',
      file,
      message,
      field: field && fieldName(field),
      line: field && parsed ? parsed.lineOf(field) : undefined,
    });

  if (!existsSync(contentDir)) {
    return [{ severity: 'error', file: contentDir, message: 'the content folder does not exist' }];
  }

  // Which files belong to which collection; anything else would be silently ignored by the build.
  const filesByCollection = Object.fromEntries(
    Object.keys(COLLECTIONS).map((name) => [name, [] as string[]]),
  ) as Record<CollectionName, string[]>;
  for (const relativePath of listFiles(contentDir)) {
    const [folder, name, ...deeper] = relativePath.split('/');
    const collection = (Object.keys(COLLECTIONS) as CollectionName[]).find((key) => COLLECTIONS[key].folder === folder);
    if (relativePath === SITE_FILE) continue;
    if (collection && name && deeper.length === 0 && name.endsWith(COLLECTIONS[collection].extension)) {
      filesByCollection[collection].push(relativePath);
      continue;
    }
    const where = join(contentDir, relativePath);
    error(
      where,
      collection && name
        ? `not read by the site: ${COLLECTIONS[collection].folder}/ takes only ${COLLECTIONS[collection].extension} files directly inside it — rename or move it`
        : `not read by the site: put it in ${Object.values(COLLECTIONS).map((c) => `${c.folder}/`).join(', ')} or remove it`,
    );
  }

  // Ids first, so references can be checked whatever order files come in.
  const known = {} as Record<CollectionName, Set<string>>;
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { folder, noun } = COLLECTIONS[collection];
    const filesById = groupBy(filesByCollection[collection], (relativePath) => idOf(collection, relativePath));
    for (const [id, files] of filesById) {
      for (const file of files) {
        const others = files.filter((other) => other !== file).map((other) => join(contentDir, other));
        if (others.length) error(join(contentDir, file), `has the same id "${id}" as ${others.join(', ')}, so one would replace the other — rename one of them`);
      }
    }
    known[collection] = new Set(filesById.keys());
    if (filesById.size === 0 && !COLLECTIONS[collection].mayBeEmpty) {
      error(join(contentDir, folder), `has no ${noun} files: the collection is empty`);
    }
  }

  const reference = checkingReference(known, contentDir);
  const schemas = {
    sources: sourceSchema,
    entities: entitySchema,
    events: eventSchema(reference),
    reports: reportSchema(reference),
    claims: claimSchema(reference),
  };

  const validate = <T>(file: string, schema: z.ZodType<T>): { parsed: ParsedFile; data: T } | undefined => {
    const parsed = parseContentFile(file);
    if ('message' in parsed) {
      problems.push({ severity: 'error', file, line: parsed.line, message: parsed.message });
      return undefined;
    }
    const result = schema.safeParse(parsed.data);
    if (result.success) return { parsed, data: result.data };
    for (const issue of describeIssues(schema, result.error.issues)) error(file, issue.message, issue.path, parsed);
    return undefined;
  };

  const siteFile = join(contentDir, SITE_FILE);
  if (existsSync(siteFile)) validate(siteFile, siteSchema);
  else error(siteFile, 'is missing: it names the site and the story (see docs/authoring.md)');

  const entries = {} as { events: Entry<EventData>[]; reports: Entry<ReportData>[]; claims: Entry<ClaimData>[] };
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const valid: Entry<unknown>[] = [];
    for (const relativePath of filesByCollection[collection]) {
      const result = validate(join(contentDir, relativePath), schemas[collection] as z.ZodType<unknown>);
      if (result) valid.push({ id: idOf(collection, relativePath), ...result });
    }
    if (collection === 'events' || collection === 'reports' || collection === 'claims') {
      (entries as Record<string, unknown>)[collection] = valid;
    }
  }

  for (const { parsed, data } of entries.events) {
    if (data.end && isAfter(data.date, data.end)) {
      error(parsed.file, `ends before it begins (date is ${data.date.value}) — swap them or fix one`, ['end'], parsed);
    }
  }

  for (const { parsed, data } of entries.claims) {
    data.history.forEach((change, index) => {
      const previous = data.history[index - 1];
      if (previous && isAfter(previous.date, change.date)) {
        error(parsed.file, `is dated ${change.date.value}, before the status it follows (${previous.date.value}) — list the history oldest first`, ['history', index, 'date'], parsed);
      }
    });
  }

  const claimById = new Map(entries.claims.map((claim) => [claim.id, claim.data]));
  const eventById = new Map(entries.events.map((event) => [event.id, event.data]));
  const reportsByUrl = groupBy(
    entries.reports.filter((report) => report.data.url),
    (report) => canonicalUrl(report.data.url!),
  );
  for (const reports of reportsByUrl.values()) {
    for (const { parsed } of reports) {
      const others = reports.filter((other) => other.parsed !== parsed).map((other) => other.parsed.file);
      if (others.length) error(parsed.file, `is the same article as ${others.join(', ')} — merge the reports or fix the address`, ['url'], parsed);
    }
  }
  for (const { parsed, data } of entries.reports) {
    if (data.updated && isAfter(data.published, data.updated)) {
      error(parsed.file, `is earlier than published (${data.published.value}) — fix one of the two dates`, ['updated'], parsed);
    }
    data.events.forEach(({ id }, index) => {
      const event = eventById.get(id);
      if (event && !event.planned && isAfter(event.date, data.published)) {
        error(
          parsed.file,
          `covers "${id}", dated ${event.date.value}, after the report was published (${data.published.value}) — remove it, or mark the event "planned: true" if the report announced it`,
          ['events', index],
          parsed,
        );
      }
    });
    data.claims.forEach(({ claim: { id }, mentionsResponse }, index) => {
      const claim = claimById.get(id);
      if (!claim) return;
      const response = claim.history.find((change) => change.status !== 'reported' && !isAfter(change.date, data.published));
      if (response && mentionsResponse === undefined) {
        error(
          parsed.file,
          `carries "${id}", which was ${response.status} (${response.date.value}) by the time the report was published — add "mentionsResponse: true" or "false"`,
          ['claims', index],
          parsed,
        );
      }
      if (!response && mentionsResponse !== undefined) {
        error(parsed.file, `says whether the report mentions a response to "${id}", but the claim had none by then — remove "mentionsResponse"`, ['claims', index, 'mentionsResponse'], parsed);
      }
    });
    if (scanMarkup && parsed.body !== undefined) {
      for (const finding of await findUnsafeMarkup(parsed.body)) {
        problems.push({
          severity: 'warning',
          file: parsed.file,
          message: `${finding} will be removed: unsafe HTML is never published`,
        });
      }
    }
  }

  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
