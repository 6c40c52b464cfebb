// The collections editors write: where their files live and what readers call an entry of each.
export const COLLECTIONS = {
  sources: { folder: 'sources', extension: '.yaml', noun: 'outlet', mayBeEmpty: false },
  entities: { folder: 'entities', extension: '.yaml', noun: 'entity', mayBeEmpty: false },
  events: { folder: 'events', extension: '.yaml', noun: 'event', mayBeEmpty: false },
  reports: { folder: 'reports', extension: '.md', noun: 'report', mayBeEmpty: false },
  // A story can be followed before anyone has pinned down its claims.
  claims: { folder: 'claims', extension: '.yaml', noun: 'claim', mayBeEmpty: true },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The file an id of a collection lives in, e.g. "content/sources/bloomberg.yaml". */
export const fileFor = (collection: CollectionName, id: string, contentDir = 'content') =>
  `${contentDir}/${COLLECTIONS[collection].folder}/${id}${COLLECTIONS[collection].extension}`;

/** The settings file that names the site and its story. */
export const SITE_FILE = 'site.yaml';
