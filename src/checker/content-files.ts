// Which collection reads each file under the content folder, and the id each file gets.
import { existsSync } from 'node:fs';
import { COLLECTIONS, SITE_FILE, type CollectionName } from '../lib/collections';
import { entryId } from '../lib/ids';
import { listFiles } from './read-files';

const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export interface ContentFiles {
  /** The files each collection reads, relative to the content folder. */
  byCollection: Record<CollectionName, string[]>;
  /** Everything else but site.yaml: the build would ignore these without a word. */
  unread: string[];
}

/** The collection whose folder is `folder`, if any. */
export const collectionOfFolder = (folder: string) =>
  COLLECTION_NAMES.find((collection) => COLLECTIONS[collection].folder === folder);

/** The collections read only files of their extension directly inside their folder, as the loaders do. */
export function sortContentFiles(contentDir: string): ContentFiles {
  const byCollection = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as string[]])) as Record<
    CollectionName,
    string[]
  >;
  const unread: string[] = [];
  for (const relativePath of existsSync(contentDir) ? listFiles(contentDir) : []) {
    if (relativePath === SITE_FILE) continue;
    const [folder, name, ...deeper] = relativePath.split('/');
    const collection = collectionOfFolder(folder);
    if (collection && name && deeper.length === 0 && name.endsWith(COLLECTIONS[collection].extension)) {
      byCollection[collection].push(relativePath);
    } else {
      unread.push(relativePath);
    }
  }
  return { byCollection, unread };
}

/** The id of a file given relative to the content folder, e.g. "reports/x.md" → "x". */
export const idOf = (collection: CollectionName, relativePath: string) =>
  entryId(relativePath.slice(COLLECTIONS[collection].folder.length + 1));

/** The ids that exist in each collection, read from file names alone. */
export function existingIds(contentDir: string): Record<CollectionName, Set<string>> {
  const { byCollection } = sortContentFiles(contentDir);
  return Object.fromEntries(
    COLLECTION_NAMES.map((collection) => [
      collection,
      new Set(byCollection[collection].map((file) => idOf(collection, file))),
    ]),
  ) as Record<CollectionName, Set<string>>;
}
