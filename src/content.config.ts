// Wires each collection to its folder under content/ and its schema in src/schemas/.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryId } from './lib/ids';
import { COLLECTIONS, SITE_FILE, type CollectionName } from './lib/collections';
import { contentDir } from './lib/content-dir';
import { claimSchema } from './schemas/claims';
import { entitySchema } from './schemas/entities';
import { eventSchema } from './schemas/events';
import { reportSchema } from './schemas/reports';
import { siteSchema } from './schemas/site';
import { sourceSchema } from './schemas/sources';

// Ids come from file names only (never a `slug` key), by the same rule the checker applies.
const generateId = ({ entry }: { entry: string }) => entryId(entry);
const folder = ({ folder, extension }: (typeof COLLECTIONS)[CollectionName]) =>
  glob({ pattern: `*${extension}`, base: `${contentDir}/${folder}`, generateId });

export const collections = {
  site: defineCollection({ loader: glob({ pattern: SITE_FILE, base: contentDir, generateId }), schema: siteSchema }),
  sources: defineCollection({ loader: folder(COLLECTIONS.sources), schema: sourceSchema }),
  entities: defineCollection({ loader: folder(COLLECTIONS.entities), schema: entitySchema }),
  events: defineCollection({ loader: folder(COLLECTIONS.events), schema: eventSchema(reference) }),
  reports: defineCollection({ loader: folder(COLLECTIONS.reports), schema: reportSchema(reference) }),
  claims: defineCollection({ loader: folder(COLLECTIONS.claims), schema: claimSchema(reference) }),
};
