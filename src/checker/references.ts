// Reference fields checked against the ids that exist, with a suggestion for a typo.
import { z } from 'astro/zod';
import { COLLECTIONS, fileFor, type CollectionName } from '../lib/collections';
import type { ReferenceFn } from '../schemas/reference';
import { nearest, suggestion } from './suggest';

/** "did you mean" for a likely typo; otherwise the nearest few known ids, so the editor sees what exists. */
export function hintFor(name: string, known: Iterable<string>): string {
  const likely = suggestion(name, known);
  if (likely) return `did you mean "${likely}"?`;
  const closest = nearest(name, known);
  return closest.length ? `no known id is close (nearest: ${closest.join(', ')})` : '';
}

/** A `reference()` that knows which ids exist and suggests the nearest one for a typo. */
export function checkingReference(known: Record<CollectionName, Set<string>>, contentDir: string): ReferenceFn {
  return (collection) =>
    z.string().transform((id, ctx) => {
      if (!known[collection].has(id)) {
        const hint = hintFor(id, known[collection]);
        ctx.addIssue({
          code: 'custom',
          message:
            `unknown ${COLLECTIONS[collection].noun} "${id}"` +
            (hint ? ` — ${hint}` : '') +
            `${hint.endsWith('?') ? '' : '.'} Add ${fileFor(collection, id, contentDir)} or fix the id`,
        });
      }
      return { id, collection };
    });
}
