// `new:report --from article.txt`: which entities, outlets and events a text the editor points at names, so
// the editor can tag the new report. Only suggestions: the editor decides, and the text is never stored.
import { join } from 'node:path';
import { idOf, sortContentFiles } from '../checker/content-files';
import { parseContentFile } from '../checker/read-files';
import { provedAfter } from '../checker/rules/context';
import type { CollectionName } from '../lib/collections';
import { parseStoryDate, type StoryDate } from '../lib/dates';

/** What can be suggested, read from the content folder as written (files the checker refuses are skipped). */
export interface Taggables {
  entities: { id: string; names: string[] }[];
  sources: { id: string; names: string[] }[];
  events: { id: string; title: string; date?: StoryDate; planned: boolean; entityIds: string[]; outletIds: string[] }[];
}

interface Suggestion {
  id: string;
  /** Why: the names found, or what the event's suggestion rests on. */
  because: string;
}

export interface Suggestions {
  entities: Suggestion[];
  cites: Suggestion[];
  events: Suggestion[];
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string' && item.trim() !== '',
  );

/** The entries of the collections a report is tagged with, as plain data. */
export function readTaggables(contentDir: string): Taggables {
  const { byCollection } = sortContentFiles(contentDir);
  const read = (collection: CollectionName) =>
    byCollection[collection].flatMap((file) => {
      // A file that is not YAML has no data; one that is a mere string or number has no fields.
      const { data } = parseContentFile(join(contentDir, file)) as { data?: unknown };
      return data instanceof Object ? [{ id: idOf(collection, file), data: data as Record<string, unknown> }] : [];
    });
  return {
    entities: read('entities').map(({ id, data }) => ({
      id,
      names: [...strings(data.name), ...strings(data.aliases)],
    })),
    sources: read('sources').map(({ id, data }) => ({ id, names: strings(data.name) })),
    events: read('events').map(({ id, data }) => {
      const date = typeof data.date === 'string' ? parseStoryDate(data.date) : undefined;
      return {
        id,
        title: strings(data.title)[0] ?? id,
        date: date && 'value' in date ? date : undefined,
        planned: data.planned === true,
        entityIds: strings(data.entities),
        outletIds: strings(data.outlets),
      };
    }),
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names that appear in `text` as whole words, as written (names are proper nouns: "Drive", not "drive"). */
function namesIn(text: string, names: string[]): string[] {
  return names.filter((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
}

/**
 * The entities and outlets a text names (by name or alias), and the events it probably covers: those whose
 * own outlet it names (the scoop it relays), whose title it contains, or all of whose two or more entities it
 * names. Events known to come after the report's date are left out, unless planned; so is the report's own outlet.
 */
export function suggestFromText(
  text: string,
  taggables: Taggables,
  report: { source?: string; published?: string } = {},
): Suggestions {
  const found = (items: { id: string; names: string[] }[]) =>
    items.flatMap(({ id, names }) => {
      const named = namesIn(text, names);
      return named.length ? [{ id, because: named.map((name) => `"${name}"`).join(', ') }] : [];
    });
  const entities = found(taggables.entities);
  const cites = found(taggables.sources).filter(({ id }) => id !== report.source);
  const namedEntities = new Set(entities.map(({ id }) => id));
  const namedOutlets = new Set(found(taggables.sources).map(({ id }) => id));
  // An outlet is only named when one of its names was found, so it has a first name.
  const outletName = new Map(taggables.sources.map(({ id, names }) => [id, names[0]]));
  const published = report.published ? parseStoryDate(report.published) : undefined;
  const events = taggables.events.flatMap((event): Suggestion[] => {
    if (published && 'value' in published && event.date && !event.planned && provedAfter(event.date, published))
      return [];
    const outlets = event.outletIds.filter((id) => namedOutlets.has(id));
    if (outlets.length)
      return [
        { id: event.id, because: `names ${outlets.map((id) => outletName.get(id)).join(', ')}, whose report it is` },
      ];
    if (text.toLowerCase().includes(event.title.toLowerCase()))
      return [{ id: event.id, because: 'contains its title' }];
    if (event.entityIds.length >= 2 && event.entityIds.every((id) => namedEntities.has(id))) {
      return [{ id: event.id, because: `names all of its entities (${event.entityIds.join(', ')})` }];
    }
    return [];
  });
  return { entities, cites, events };
}

/** The suggestions as the editor reads them, ready to copy into the frontmatter. */
export function formatSuggestions({ entities, cites, events }: Suggestions, articleName: string): string {
  const section = (field: string, items: Suggestion[]) =>
    items.length
      ? [
          `  ${field}: [${items.map(({ id }) => id).join(', ')}]`,
          ...items.map(({ id, because }) => `      ${id}: ${because}`),
        ]
      : [`  ${field}: nothing found`];
  return [
    `Named in ${articleName} (suggestions only: keep what the report is about, and say why in the digest):`,
    ...section('entities', entities),
    ...section('cites', cites),
    ...section('events', events),
  ].join('\n');
}
