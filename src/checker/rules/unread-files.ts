// Files the build would skip without a word: wrong extension, nested too deep, or outside every collection.
import { join } from 'node:path';
import { COLLECTIONS } from '../../lib/collections';
import { collectionOfFolder } from '../content-files';
import type { Rule } from './context';

const FOLDERS = Object.values(COLLECTIONS)
  .map(({ folder }) => `${folder}/`)
  .join(', ');

export const unreadFiles: Rule = {
  name: 'unread-files',
  check({ contentDir, unreadFiles: files, error }) {
    for (const relativePath of files) {
      const [folder, name] = relativePath.split('/');
      const collection = collectionOfFolder(folder);
      error(
        join(contentDir, relativePath),
        collection && name
          ? `not read by the site: ${folder}/ takes only ${COLLECTIONS[collection].extension} files directly inside it — rename or move it`
          : `not read by the site: put it in ${FOLDERS} or remove it`,
      );
    }
  },
};
