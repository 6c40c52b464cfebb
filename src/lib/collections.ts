// The collections editors write: where their files live and what readers call an entry of each.
export const COLLECTIONS = {
  sources: { folder: 'sources', extension: '.yaml', noun: 'outlet' },
  entities: { folder: 'entities', extension: '.yaml', noun: 'entity' },
  events: { folder: 'events', extension: '.yaml', noun: 'event' },
  reports: { folder: 'reports', extension: '.md', noun: 'report' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The file an id of a collection lives in, e.g. "content/sources/bloomberg.yaml". */
export const fileFor = (collection: CollectionName, id: string, contentDir = 'content') =>
  `${contentDir}/${COLLECTIONS[collection].folder}/${id}${COLLECTIONS[collection].extension}`;

/** The settings file that names the site and its story. */
export const SITE_FILE = 'site.yaml';
