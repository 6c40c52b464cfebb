import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../src/schemas/claims';
import { entitySchema } from '../../src/schemas/entities';
import { eventSchema } from '../../src/schemas/events';
import { idReference } from '../../src/schemas/reference';
import { reportSchema } from '../../src/schemas/reports';
import { siteSchema } from '../../src/schemas/site';
import { sourceSchema } from '../../src/schemas/sources';
import { storySchema } from '../../src/schemas/stories';

const guide = readFileSync('docs/authoring.md', 'utf8');

/** The rows of the field table under "### <collection>": field name and whether it is marked required. */
function documentedFields(collection: string): Record<string, boolean> {
  const section = guide.split(`\n### ${collection}\n`)[1]?.split('\n### ')[0] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `[a-zA-Z]+` +\|/.test(line));
  return Object.fromEntries(
    rows.map((row) => {
      const [, field, , required] = row.split('|').map((cell) => cell.trim());
      return [field.replaceAll('`', ''), required === '**required**'];
    }),
  );
}

function schemaFields(schema: z.ZodType): Record<string, boolean> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, unknown>;
    required?: string[];
  };
  return Object.fromEntries(
    Object.keys(json.properties).map((field) => [field, json.required?.includes(field) ?? false]),
  );
}

describe('docs/authoring.md', () => {
  it.each([
    ['reports', reportSchema(idReference)],
    ['sources', sourceSchema],
    ['events', eventSchema(idReference)],
    ['entities', entitySchema],
    ['claims', claimSchema(idReference)],
    ['stories', storySchema],
    ['site', siteSchema],
  ] as const)('documents every %s field, and only those, with the right required mark', (collection, schema) => {
    expect(documentedFields(collection)).toEqual(schemaFields(schema));
  });

  it('explains every kind of checker error it promises to', () => {
    for (const message of [
      'unknown field',
      'is not a calendar date',
      'has no time zone',
      'unknown outlet',
      'has the same id',
      'broken YAML',
      'no known id is close',
      'remove it or fix its name',
      'still holds a placeholder ("TODO: …")',
      'add "scheduled: true"',
      'characters long, more than 200',
      'characters long, more than 600',
      'stays close to',
      'whose attribution is probable',
      'does not say the date it speaks for',
      'but does not tag it',
    ]) {
      expect(guide).toContain(message);
    }
  });
});
