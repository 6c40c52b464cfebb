// How a content file's path becomes its id and URL segment; the loaders and the checker share it.
import { slug } from 'github-slugger';

/** "Ford Deal.md" and "ford-deal.md" both become "ford-deal": the checker reports such collisions. */
export function entryId(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/');
}
