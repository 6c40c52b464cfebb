// The one rule for ids: a content file's name becomes its id and its URL segment. The loaders, the checker,
// the Markdown plugins, the `new:*` generators and the synthetic-content generator all call this module.
import { slug } from 'github-slugger';

/** "Ford Deal.md" and "ford-deal.md" both become "ford-deal": the checker reports such collisions. */
export function entryId(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/');
}

/** The file name an id is written to: the id itself plus the collection's extension. */
export const fileNameFor = (id: string, extension: string) => `${id}${extension}`;

/**
 * For a file whose name is not already its id ("Chief Executive.yaml"), the name it should have
 * ("chief-executive.yaml"); undefined when the name is fine.
 */
export function canonicalFileName(fileName: string): string | undefined {
  const extension = fileName.match(/\.[^./]+$/)?.[0] ?? '';
  const wanted = fileNameFor(entryId(fileName), extension);
  return wanted === fileName ? undefined : wanted;
}

/** An id made from words, for new entries: "Ford denies the FT report" → "ford-denies-the-ft-report". */
export function idFromWords(text: string, maxWords = 6): string {
  return slug(text).split('-').filter(Boolean).slice(0, maxWords).join('-');
}

/** Whether a string is a well-formed id: lower-case words joined by single hyphens. */
export const isWellFormedId = (id: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);
