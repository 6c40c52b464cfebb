// A file's name must be its id: every link is built from the id, so "Chief Executive.yaml" (id
// "chief-executive") would get a page at one address while hand-written links point at another.
import { basename, join } from 'node:path';
import type { CollectionName } from '../../lib/collections';
import { canonicalFileName } from '../../lib/ids';
import { idOf } from '../content-files';
import { groupBy, type Rule } from './context';

export const fileNames: Rule = {
  name: 'file-names',
  check({ contentDir, filesByCollection, error }) {
    for (const [collection, files] of Object.entries(filesByCollection) as [CollectionName, string[]][]) {
      for (const [id, sharing] of groupBy(files, (file) => idOf(collection, file))) {
        // When two files share the id, the rename would collide: the duplicate-ids rule says what to do.
        if (sharing.length > 1) continue;
        const name = basename(sharing[0]);
        const wanted = canonicalFileName(name);
        if (wanted) {
          error(
            join(contentDir, sharing[0]),
            `is named differently from its id "${id}" — rename "${name}" to "${wanted}"`,
          );
        }
      }
    }
  },
};
