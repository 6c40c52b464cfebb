// What every checker rule receives: the content as read and validated, and a way to report problems.
import type { z } from 'astro/zod';
import type { CollectionName, CollectionSchemas } from '../../lib/collections';
import { intervalOf, knownBefore, type StoryDate } from '../../lib/dates';
import type { SiteData } from '../../schemas/site';
import { fieldName } from '../issues';
import type { FieldPath, ParsedFile } from '../read-files';

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** A file that passed its schema: its id (from the file name), the file as read, and the validated data. */
export interface Entry<T> {
  id: string;
  parsed: ParsedFile;
  data: T;
}

/** Each collection of the registry's valid entries, typed by its schema. */
export type Entries = { [C in CollectionName]: Entry<z.output<CollectionSchemas[C]>>[] };

/** A problem's place: a path, or a file as read (then the line of the field is found too). */
type Where = string | ParsedFile;

/** Plain functions, not methods, so rules can take them out of the context. */
export interface Reporter {
  /** `line` places a problem that is not in a field (in the digest, say); a field's own line is found. */
  error: (where: Where, message: string, field?: FieldPath, line?: number) => void;
  warning: (where: Where, message: string, field?: FieldPath, line?: number) => void;
}

export interface RuleContext extends Reporter {
  contentDir: string;
  /** The files each collection reads, relative to the content folder, whether or not they are valid. */
  filesByCollection: Record<CollectionName, string[]>;
  /** Files under the content folder that no collection reads (site.yaml aside), relative to it. */
  unreadFiles: string[];
  /** The entries of each collection that passed their schema. */
  entries: Entries;
  /** content/site.yaml when it passed its schema (id "site"); absent when it is missing or invalid. */
  site?: Entry<SiteData>;
  /** Look for unsafe HTML in digests (slow; a build's Markdown pipeline reports the same). */
  scanMarkup: boolean;
  /** The checker's "now", in epoch milliseconds: a report published after it is not yet due. */
  now: number;
}

/** One cross-file rule: a name for listings and tests, and the check, which reports through the context. */
export interface Rule {
  name: string;
  check(context: RuleContext): void | Promise<void>;
}

/**
 * Calendar dates are compared as UTC days: the checker runs without the site's settings, and two calendar
 * dates compare the same in any zone.
 */
export const CHECK_TIME_ZONE = 'UTC';

/** True only when the dates as written prove that `later` came after `earlier`. */
export const provedAfter = (later: StoryDate, earlier: StoryDate) =>
  knownBefore(intervalOf({ start: earlier }, CHECK_TIME_ZONE), intervalOf({ start: later }, CHECK_TIME_ZONE));

/** The items sharing a key, for every key. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** A reporter that collects problems into `problems`, placing each on the line of its field when it can. */
export function collectingReporter(problems: Problem[]): Reporter {
  const report =
    (severity: Problem['severity']) => (where: Where, message: string, field?: FieldPath, line?: number) => {
      const parsed = typeof where === 'string' ? undefined : where;
      problems.push({
        severity,
        file: parsed ? parsed.file : (where as string),
        message,
        field: field && fieldName(field),
        line: line ?? (field && parsed ? parsed.lineOf(field) : undefined),
      });
    };
  return { error: report('error'), warning: report('warning') };
}
