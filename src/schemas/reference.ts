// The contract of Astro's reference(): schemas take it as a parameter so they also run outside Astro.
import { z } from 'astro/zod';
import type { CollectionName } from '../lib/collections';

/** Astro's `reference()` or a stand-in with its contract: an id string in, `{ id, collection }` out. */
export type ReferenceFn = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }, unknown>;

/** A stand-in for `reference()` in tests and scripts: same output, existence is checked elsewhere. */
export const idReference: ReferenceFn = (collection) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ id, collection }));
