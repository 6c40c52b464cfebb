// Reference fields checked against the ids that exist, with a suggestion for a typo.
import { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';
import { COLLECTIONS, fileFor, type CollectionName } from '../lib/collections';
import type { ReferenceFn } from '../schemas/reference';

/** A `reference()` that knows which ids exist and suggests the nearest one for a typo. */
export function checkingReference(known: Record<CollectionName, Set<string>>, contentDir: string): ReferenceFn {
  return (collection) =>
    z.string().transform((id, ctx) => {
      if (!known[collection].has(id)) {
        const nearest = known[collection].size ? closest(id, [...known[collection]]) : undefined;
        ctx.addIssue({
          code: 'custom',
          message:
            `unknown ${COLLECTIONS[collection].noun} "${id}"` +
            (nearest ? ` — did you mean "${nearest}"?` : '') +
            ` Add ${fileFor(collection, id, contentDir)} or fix the id`,
        });
      }
      return { id, collection };
    });
}
