// The collections' schemas as the browser editor's form is made from them: built with a `reference()` that remembers
// which collection each field refers to, so the walk (src/cms/fields.ts) can make those fields relation menus.
import type { z } from 'astro/zod';
import type { CollectionName } from '../lib/collections';
import * as claims from '../schemas/claims';
import * as entities from '../schemas/entities';
import * as events from '../schemas/events';
import { idReference, type ReferenceFn } from '../schemas/reference';
import * as reports from '../schemas/reports';
import * as sources from '../schemas/sources';
import type { AnySchema } from './types';

/** `reference()` stand-ins that remember which collection each field refers to (by the schema's definition). */
function markingReference(): { reference: ReferenceFn; referenced: WeakMap<object, CollectionName> } {
  const referenced = new WeakMap<object, CollectionName>();
  const reference: ReferenceFn = (collection) => {
    const schema = idReference(collection);
    // Keyed by the definition, which zod shares with the copies `.describe()` and `.meta()` make.
    referenced.set((schema as unknown as AnySchema).def, collection);
    return schema;
  };
  return { reference, referenced };
}

const marking = markingReference();

/** `reference()` for schemas the form is made from: relation fields are found by it. */
export const formReference = marking.reference;

/** The collection a field made by `formReference` refers to, keyed by its schema's definition. */
export const referencedCollections = marking.referenced;

/** Each collection's schema, built with the marking `reference()` so relation fields can be found. */
export const COLLECTION_SCHEMAS = {
  reports: reports.reportSchema(formReference),
  events: events.eventSchema(formReference),
  sources: sources.sourceSchema,
  entities: entities.entitySchema,
  claims: claims.claimSchema(formReference),
} satisfies Record<CollectionName, z.ZodObject>;
