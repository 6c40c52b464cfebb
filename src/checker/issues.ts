// Turns schema issues into editors' messages: which field, what is wrong, what to write instead.
import type { z } from 'astro/zod';
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

/** The keys a (possibly nested) strict object schema accepts at `path`. */
function knownKeys(schema: z.ZodType, path: FieldPath): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    const def = (current as { def?: { shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } }).def;
    while ((current as { def?: { innerType?: unknown } }).def?.innerType) {
      current = (current as { def: { innerType: unknown } }).def.innerType;
    }
    const shape = (current as { def?: { shape?: Record<string, unknown> } }).def?.shape;
    current = typeof segment === 'number' ? def?.element : shape?.[segment];
    if (!current) return [];
  }
  while ((current as { def?: { innerType?: unknown } }).def?.innerType) {
    current = (current as { def: { innerType: unknown } }).def.innerType;
  }
  return Object.keys((current as { def?: { shape?: Record<string, unknown> } }).def?.shape ?? {});
}

export function describeIssues(schema: z.ZodType, issues: z.core.$ZodIssue[]): FieldIssue[] {
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
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
      return [{ path: issue.path as FieldPath, message: 'required field is missing' }];
    }
    return [{ path: issue.path as FieldPath, message: issue.message }];
  });
}
