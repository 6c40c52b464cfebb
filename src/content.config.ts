// Wires each collection of the registry (src/lib/collections.ts) to its folder under content/ and its schema.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryId } from './lib/ids';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  SITE_FILE,
  type CollectionName,
  type CollectionSchemas,
} from './lib/collections';
import { contentDir } from './lib/content-dir';
import { siteSchema } from './schemas/site';

// Ids come from file names only (never a `slug` key), by the same rule the checker applies.
const generateId = ({ entry }: { entry: string }) => entryId(entry);

const fromRegistry = (name: CollectionName) => {
  const { folder, extension, schema } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ pattern: `*${extension}`, base: `${contentDir}/${folder}`, generateId }),
    schema: schema(reference),
  });
};

export const collections = {
  site: defineCollection({ loader: glob({ pattern: SITE_FILE, base: contentDir, generateId }), schema: siteSchema }),
  // Typed by each collection's own schema, as Astro infers entries' data from `schema`.
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, fromRegistry(name)])) as {
    [C in CollectionName]: Omit<ReturnType<typeof fromRegistry>, 'schema'> & { schema: CollectionSchemas[C] };
  }),
};
