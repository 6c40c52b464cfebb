// The collections' schemas as the browser editor's form is made from them: built with a `reference()` that remembers
// which collection each field refers to, so the walk (src/cms/fields.ts) can make those fields relation menus.
import { collectionSchemas, type CollectionName } from '../lib/collections';
import { idReference, type ReferenceFn } from '../schemas/reference';
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

/** Each collection's schema (from the registry), built with the marking `reference()` so relation fields can be found. */
export const COLLECTION_SCHEMAS = collectionSchemas(formReference);
