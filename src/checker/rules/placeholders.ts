// A placeholder left in a published entry would reach the home page, the feeds and search as it stands:
// "TODO: write this in our own words." Only a draft report may still hold one.
import type { CollectionName } from '../../lib/collections';
import type { FieldPath } from '../read-files';
import type { Rule } from './context';

/** What the `new:*` generators write where the editor's own words go. */
export const PLACEHOLDER = 'TODO: write this in our own words.';

/** "TODO:" as a word, as the generators and editors' notes write it. */
const MARKER = /(?<![\p{L}\p{N}])TODO\s*:/u;

const holdsPlaceholder = (text: string) => MARKER.test(text);

/** Every text in a file's fields that holds a placeholder, with its path ("summary", "caveats[1]"). */
function placeholderFields(value: unknown, path: FieldPath = []): FieldPath[] {
  if (typeof value === 'string') return holdsPlaceholder(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderFields(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholderFields(item, [...path, key]));
  }
  return [];
}

export const placeholders: Rule = {
  name: 'placeholders',
  check({ entries, error }) {
    for (const collection of Object.keys(entries) as CollectionName[]) {
      for (const { parsed, data } of entries[collection]) {
        // A draft is unfinished by definition, and never published.
        if ((data as { draft?: boolean }).draft) continue;
        const fix =
          collection === 'reports'
            ? ' — write it in our own words, or keep the report a draft ("draft: true")'
            : ' — write it in our own words';
        for (const field of placeholderFields(parsed.data)) {
          error(parsed, `still holds a placeholder ("TODO: …")${fix}`, field);
        }
        const at = parsed.body?.search(MARKER) ?? -1;
        if (at >= 0) {
          const line = parsed.bodyLine && parsed.bodyLine + parsed.body!.slice(0, at).split('\n').length - 1;
          error(parsed, `the digest still holds a placeholder ("TODO: …")${fix}`, undefined, line);
        }
      }
    }
  },
};
