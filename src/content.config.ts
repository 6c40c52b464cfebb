// Wires each collection to its folder under content/ and its schema in src/schemas/.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { entitySchema } from './schemas/entities';
import { eventSchema } from './schemas/events';
import { reportSchema } from './schemas/reports';
import { siteSchema } from './schemas/site';
import { sourceSchema } from './schemas/sources';

const folder = (name: string, pattern: string) => glob({ pattern, base: `${contentDir}/${name}` });

export const collections = {
  site: defineCollection({ loader: glob({ pattern: 'site.yaml', base: contentDir }), schema: siteSchema }),
  sources: defineCollection({ loader: folder('sources', '*.yaml'), schema: sourceSchema }),
  entities: defineCollection({ loader: folder('entities', '*.yaml'), schema: entitySchema }),
  events: defineCollection({ loader: folder('events', '*.yaml'), schema: eventSchema(reference) }),
  reports: defineCollection({ loader: folder('reports', '*.md'), schema: reportSchema(reference) }),
};
