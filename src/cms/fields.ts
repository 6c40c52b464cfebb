// The walk that turns a zod schema into the browser editor's form fields: every field, in the schema's order, with
// its widget, required flag and description as hint. A zod type it does not know stops it, naming the field.
import type { z } from 'astro/zod';
import type { CollectionName } from '../lib/collections';
import * as site from '../schemas/site';
import { datePatternMessage, dateFormsHint, datePattern, datePrecisions } from './dates';
import { forEditors, labelOf, nameField, optionLabel, singularOf } from './labels';
import { COLLECTION_SCHEMAS, referencedCollections } from './schemas';
import type { AnySchema, CmsField, FieldStory } from './types';

interface Unwrapped {
  schema: AnySchema;
  optional: boolean;
  defaultValue?: unknown;
  description?: string;
}

/** Peels `.optional()` and `.default()` off a field, keeping the outermost description. */
function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let description = schema.description;
  while (current.def.type === 'optional' || current.def.type === 'default') {
    optional = true;
    // zod's `defaultValue` is a getter that already calls a default given as a function.
    if (current.def.type === 'default') defaultValue = current.def.defaultValue;
    current = current.def.innerType as AnySchema;
    description ??= current.description;
  }
  return { schema: current, optional, defaultValue, description };
}

/** Free text that fits on one line (names, headlines); any other free text is our own words, in a text area. */
const ONE_LINE = new Set(['headline', 'title', 'name', 'role', 'tagline', 'authors', 'aliases']);

/** Which check's message to show when a string does not match its pattern. */
function stringPattern(schema: AnySchema): [string, string] | undefined {
  const def = schema.def as {
    format?: string;
    protocol?: RegExp;
    error?: () => string;
    checks?: { _zod: { def: Record<string, unknown> } }[];
  };
  if (def.format === 'url') {
    const protocol = def.protocol?.source.replace(/^\^|\$$/g, '') ?? 'https?';
    // "https://…" needs its slashes; "mailto:…" has none.
    const slashes = /mailto|tel/.test(protocol) ? '(//)?' : '//';
    return [`^(${protocol}):${slashes}[^\\s]+$`, forEditors(def.error?.() ?? 'use a full address')];
  }
  for (const check of def.checks ?? []) {
    const { format, pattern, error } = check._zod.def as { format?: string; pattern?: RegExp; error?: () => string };
    if (format === 'regex' && pattern) return [pattern.source, forEditors(error?.() ?? `must match ${pattern.source}`)];
  }
  return undefined;
}

interface WalkContext {
  referenced: WeakMap<object, CollectionName>;
  /** Where the field is, for error messages: "reports.claims[].claim". */
  path: string;
}

/** The widget of a single value (a field, or the items of a list). */
function widgetFor(
  name: string,
  schema: AnySchema,
  context: WalkContext,
): Omit<CmsField, 'name' | 'label' | 'required'> {
  const collection = context.referenced.get(schema.def);
  if (collection) {
    const shape = COLLECTION_SCHEMAS[collection].shape;
    const search = nameField(shape)!; // every collection's entries are named by one (config.ts, identifier_field)
    return {
      widget: 'relation',
      collection,
      value_field: '{{slug}}',
      search_fields: [search],
      display_fields: [search],
      options_length: 1000,
    };
  }
  const precisions = datePrecisions(schema);
  if (precisions) {
    return {
      widget: 'string',
      pattern: [datePattern(precisions), datePatternMessage(precisions)],
      story: { quote: true, date: precisions },
    };
  }
  switch (schema.def.type) {
    case 'string': {
      const pattern = stringPattern(schema);
      // Codes and addresses are written bare (`language: en`, `timeZone: UTC`); our own words in quotes.
      if (pattern) return { widget: 'string', pattern };
      const refined = (schema.def.checks as { _zod: { def: { check: string } } }[] | undefined)?.some(
        (check) => check._zod.def.check === 'custom',
      );
      if (refined) return { widget: 'string' };
      return { widget: ONE_LINE.has(name) ? 'string' : 'text', story: { quote: true } };
    }
    case 'enum': {
      const values = Object.values(schema.def.entries as Record<string, string>);
      return { widget: 'select', options: values.map((value) => ({ label: optionLabel(values, value), value })) };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'object':
      return { widget: 'object', fields: fieldsOf(schema, context) };
    case 'array':
      return listWidget(name, schema, context);
    default:
      throw new Error(
        `src/cms/fields.ts: ${context.path} is a zod "${schema.def.type}", which has no form widget yet: teach widgetFor() this type`,
      );
  }
}

/** The widget of an array: a relation with several values, a list of objects, or a list of single values. */
function listWidget(
  name: string,
  schema: AnySchema,
  context: WalkContext,
): Omit<CmsField, 'name' | 'label' | 'required'> {
  const element = unwrap(schema.def.element as AnySchema).schema;
  const item = widgetFor(name, element, { ...context, path: `${context.path}[]` });
  const min = (schema.def.checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined)?.find(
    (check) => check._zod.def.check === 'min_length',
  )?._zod.def.minimum;
  const bounds = min ? { min } : {};
  if (item.widget === 'relation') return { ...item, multiple: true, ...bounds };
  if (item.widget === 'object') {
    const [first, second] = item.fields!.filter((field) => field.widget !== 'object' && field.widget !== 'list');
    return {
      widget: 'list',
      label_singular: singularOf(name),
      summary: [first, second]
        .filter(Boolean)
        .map((field) => `{{fields.${field.name}}}`)
        .join(' · '),
      collapsed: false,
      fields: item.fields,
      ...bounds,
    };
  }
  return {
    widget: 'list',
    collapsed: false,
    field: { name: 'item', label: singularOf(name), required: true, ...item },
    ...bounds,
  };
}

/** Every field of an object schema, in the schema's order, as form fields. */
function fieldsOf(schema: AnySchema, context: WalkContext): CmsField[] {
  const shape = schema.def.shape as Record<string, AnySchema>;
  return Object.entries(shape).map(([name, fieldSchema]) => {
    const { schema: inner, optional, defaultValue, description } = unwrap(fieldSchema);
    const widget = widgetFor(name, inner, { ...context, path: `${context.path}.${name}` });
    const isEmptyDefault = Array.isArray(defaultValue) && defaultValue.length === 0;
    const story: FieldStory = {
      ...widget.story,
      ...(defaultValue !== undefined && !isEmptyDefault ? { default: defaultValue } : {}),
    };
    const precisions = story.date;
    const hint = [description && forEditors(description), precisions ? dateFormsHint(precisions) : undefined]
      .filter(Boolean)
      .join(' ');
    const field: CmsField = {
      name,
      label: labelOf(name),
      ...widget,
      required: !optional,
      ...(hint ? { hint } : {}),
      ...(Object.keys(story).length ? { story } : {}),
    };
    if (field.widget === 'object' && !field.required) {
      optionalWithin(field.fields!, field.label);
      field.collapsed = true; // folded away until the editor needs it
    }
    return field;
  });
}

/**
 * Decap checks the required fields of an object left empty as if it were filled in, so an optional object (a report's
 * `translatedFrom`) could never be left out: its fields are optional in the form and say when they are needed. The
 * checker still refuses a half-filled object.
 */
function optionalWithin(fields: CmsField[], parent: string) {
  for (const field of fields) {
    if (field.required || field.min) {
      field.hint = `${field.hint ? `${field.hint} ` : ''}Needed when “${parent}” is filled in${field.min ? ` (at least ${field.min})` : ''}.`;
      field.required = false;
      delete field.min;
    }
    if (field.widget === 'object') optionalWithin(field.fields!, parent);
  }
}

/** The form fields of any object schema built with `formReference` (the tests add fields to ours this way). */
export const schemaFields = (schema: z.ZodObject, path = 'schema'): CmsField[] =>
  fieldsOf(schema as unknown as AnySchema, { referenced: referencedCollections, path });

/** The fields of one collection as the form shows them. */
export const collectionFields = (collection: CollectionName | 'site'): CmsField[] =>
  schemaFields(collection === 'site' ? site.siteSchema : COLLECTION_SCHEMAS[collection], collection);
