// The content checker: reads every file under the content folder, validates each against its collection's
// schema, then runs the cross-file rules (src/checker/rules/), reporting every problem in one run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTION_NAMES, collectionSchemas, SITE_FILE, type CollectionName } from '../lib/collections';
import { siteSchema, type SiteData } from '../schemas/site';
import { idOf, sortContentFiles } from './content-files';
import { describeIssues } from './issues';
import { parseContentFile, type ParsedFile } from './read-files';
import { checkingReference } from './references';
import { collectingReporter, type Entries, type Entry, type Problem } from './rules/context';
import { RULES } from './rules';

export type { Problem } from './rules/context';

export interface CheckOptions {
  /** Look for unsafe HTML in digests; a build skips it, since its Markdown pipeline reports the same. */
  scanMarkup?: boolean;
  /** The checker's "now" in epoch milliseconds (default: the current time): a report published after it is an error unless scheduled. */
  now?: number;
}

export async function checkContent(
  contentDir: string,
  { scanMarkup = true, now = Date.now() }: CheckOptions = {},
): Promise<Problem[]> {
  if (!existsSync(contentDir)) {
    return [
      {
        severity: 'error',
        file: contentDir,
        message: 'the content folder does not exist — check CONTENT_DIR or create the folder',
      },
    ];
  }
  const problems: Problem[] = [];
  const reporter = collectingReporter(problems);
  const { byCollection, unread } = sortContentFiles(contentDir);

  // Ids come from file names alone, so references can be checked whatever order files come in.
  const known = Object.fromEntries(
    Object.entries(byCollection).map(([collection, files]) => [
      collection,
      new Set(files.map((file) => idOf(collection as CollectionName, file))),
    ]),
  ) as Record<CollectionName, Set<string>>;
  const reference = checkingReference(known, contentDir);
  const schemas: Record<CollectionName, z.ZodType> = collectionSchemas(reference);

  const validate = (file: string, schema: z.ZodType): { parsed: ParsedFile; data: unknown } | undefined => {
    const parsed = parseContentFile(file);
    if ('message' in parsed) {
      problems.push({ severity: 'error', file, line: parsed.line, message: parsed.message });
      return undefined;
    }
    const result = schema.safeParse(parsed.data);
    if (result.success) return { parsed, data: result.data };
    for (const issue of describeIssues(schema, result.error.issues, parsed.data))
      reporter.error(parsed, issue.message, issue.path);
    return undefined;
  };

  const siteFile = join(contentDir, SITE_FILE);
  let site: Entry<SiteData> | undefined;
  if (existsSync(siteFile)) {
    const valid = validate(siteFile, siteSchema);
    if (valid) site = { id: 'site', parsed: valid.parsed, data: valid.data as SiteData };
  } else reporter.error(siteFile, 'is missing: it names the site and the story — add it (see docs/authoring.md)');

  const entries = {} as Record<CollectionName, Entry<unknown>[]>;
  for (const collection of COLLECTION_NAMES) {
    entries[collection] = byCollection[collection].flatMap((relativePath) => {
      const valid = validate(join(contentDir, relativePath), schemas[collection]);
      return valid ? [{ id: idOf(collection, relativePath), ...valid }] : [];
    });
  }

  const context = {
    contentDir,
    filesByCollection: byCollection,
    unreadFiles: unread,
    entries: entries as Entries,
    site,
    scanMarkup,
    now,
    ...reporter,
  };
  for (const rule of RULES) await rule.check(context);

  return sortProblems(problems);
}

/** Problems in the order editors read them: by file, then by line (a problem without a line first). */
export const sortProblems = (problems: Problem[]) =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
