// A collection with no files leaves whole sections of the site empty, and almost always means a misplaced folder.
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../lib/collections';
import type { Rule } from './context';

export const emptyCollections: Rule = {
  name: 'empty-collections',
  check({ contentDir, filesByCollection, error }) {
    for (const [collection, files] of Object.entries(filesByCollection) as [CollectionName, string[]][]) {
      const { folder, noun, extension, mayBeEmpty } = COLLECTIONS[collection];
      if (files.length === 0 && !mayBeEmpty) {
        error(
          join(contentDir, folder),
          `has no ${noun} files: the collection is empty — add at least one ${extension} file to ${folder}/ (see docs/authoring.md)`,
        );
      }
    }
  },
};
