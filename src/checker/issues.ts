// Turns schema issues into editors' messages: which field, what is wrong, what to write instead.
import { z } from 'astro/zod';
import type { FieldPath } from './read-files';
import { suggestion } from './suggest';

export interface FieldIssue {
  path: FieldPath;
  message: string;
}

/** "cites[0]", "translatedFrom.headline". */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment),
    '',
  );
}

interface SchemaDef {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  entries?: Record<string, string>;
}
const defOf = (schema: unknown) => (schema as { def?: SchemaDef } | undefined)?.def;
/** What `.meta({ example })` or `.describe()` gave a schema, or a wrapper around it. */
const metaOf = (schema: unknown) =>
  z.globalRegistry.get(schema as z.ZodType) as { example?: string; description?: string } | undefined;

/** The schemas met on the way to the field at `path`, outermost first at each step (optional, default, …). */
function schemasAt(schema: z.ZodType, path: FieldPath): unknown[] {
  const met: unknown[] = [];
  let current: unknown = schema;
  const unwrap = () => {
    met.push(current);
    while (defOf(current)?.innerType) met.push((current = defOf(current)!.innerType));
  };
  for (const segment of path) {
    unwrap();
    current = typeof segment === 'number' ? defOf(current)?.element : defOf(current)?.shape?.[segment];
    if (!current) return [];
    met.length = 0;
  }
  unwrap();
  return met;
}

/** The keys a (possibly nested) strict object schema accepts at `path`. */
function knownKeys(schema: z.ZodType, path: FieldPath): string[] {
  return Object.keys(defOf(schemasAt(schema, path).at(-1))?.shape ?? {});
}

/** A value to write for a field, as an editor would type it: an example the schema gives, else one of its kind. */
function exampleValue(met: unknown[]): string {
  const given = met.map((schema) => metaOf(schema)?.example).find(Boolean);
  if (given) return given;
  const def = defOf(met.at(-1));
  if (def?.type === 'enum') return Object.values(def.entries ?? {}).join(' or ');
  if (def?.type === 'array') return '[…]';
  if (def?.type === 'boolean') return 'true';
  if (def?.type === 'number') return '1';
  if (def?.type === 'object') return '{ … }';
  return '"…"';
}

/** The value at `path` in what the file holds, and whether the object that should hold it is there. */
function lookUp(input: unknown, path: FieldPath): { value: unknown; inObject: boolean } {
  let parent: unknown = input;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown> | undefined)?.[segment];
  const inObject = typeof parent === 'object' && parent !== null && !Array.isArray(parent);
  return { value: inObject ? (parent as Record<PropertyKey, unknown>)[path.at(-1)!] : undefined, inObject };
}

/**
 * A required field left out: said as missing (whatever the field's own message for a wrong value), with what to write
 * and the field's description, e.g. "add `added: "YYYY-MM-DD"` (The day you add the report …)".
 */
function missingField(schema: z.ZodType, path: FieldPath): string {
  const met = schemasAt(schema, path);
  const description = met.map((field) => metaOf(field)?.description).find(Boolean);
  const what = `add \`${String(path.at(-1))}: ${exampleValue(met)}\``;
  return `required field is missing — ${what}${description ? ` (${description})` : ''}`;
}

/** Editors' messages for the issues `schema` found in `input` (the file's data as read). */
export function describeIssues(schema: z.ZodType, issues: z.core.$ZodIssue[], input: unknown): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path as FieldPath);
      return issue.keys.map((key) => {
        // Suggest a field only when the key is close enough to be its typo; otherwise list them all.
        const likely = suggestion(key, known);
        const hint = likely ? `did you mean "${likely}"?` : 'remove it or fix its name';
        return {
          path: [...(issue.path as FieldPath), key],
          message: `unknown field — ${hint} (fields: ${known.join(', ')})`,
        };
      });
    }
    const path = issue.path as FieldPath;
    if (path.length > 0 && issue.code !== 'custom') {
      const { value, inObject } = lookUp(input, path);
      if (inObject && value === undefined) return [{ path, message: missingField(schema, path) }];
    }
    return [{ path: issue.path as FieldPath, message: issue.message }];
  });
}
