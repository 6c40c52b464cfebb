// Two files of a collection with one id ("Ford Deal.md", "ford-deal.md"): one page would replace the other.
import { join } from 'node:path';
import type { CollectionName } from '../../lib/collections';
import { idOf } from '../content-files';
import { groupBy, type Rule } from './context';

export const duplicateIds: Rule = {
  name: 'duplicate-ids',
  check({ contentDir, filesByCollection, error }) {
    for (const [collection, files] of Object.entries(filesByCollection) as [CollectionName, string[]][]) {
      for (const [id, sharing] of groupBy(files, (file) => idOf(collection, file))) {
        for (const file of sharing) {
          const others = sharing.filter((other) => other !== file).map((other) => join(contentDir, other));
          if (others.length) {
            error(
              join(contentDir, file),
              `has the same id "${id}" as ${others.join(', ')}, so one would replace the other — rename one of them`,
            );
          }
        }
      }
    }
  },
};
