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

const fromRegistry = <C extends CollectionName>(name: C) => {
  const { folder, extension, schema } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ pattern: `*${extension}`, base: `${contentDir}/${folder}`, generateId }),
    schema: schema(reference) as CollectionSchemas[C],
  });
};

export const collections = {
  site: defineCollection({ loader: glob({ pattern: SITE_FILE, base: contentDir, generateId }), schema: siteSchema }),
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, fromRegistry(name)])) as {
    [C in CollectionName]: ReturnType<typeof fromRegistry<C>>;
  }),
};
