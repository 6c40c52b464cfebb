// "Did you mean": a suggestion only for a likely typo, checked against the ids of the real content.
import { describe, expect, it } from 'vitest';
import { existingIds } from '../../src/checker/content-files';
import { describeIssues } from '../../src/checker/issues';
import { checkingReference, hintFor } from '../../src/checker/references';
import { MIN_SIMILARITY, nearest, similarity, suggestion } from '../../src/checker/suggest';
import type { CollectionName } from '../../src/lib/collections';
import { idReference } from '../../src/schemas/reference';
import { reportSchema } from '../../src/schemas/reports';

const real = existingIds('content');

/** The message the checker gives for an unknown id in a collection of the real content. */
function referenceMessage(collection: CollectionName, id: string): string {
  const result = checkingReference(real, 'content')(collection).safeParse(id);
  return result.success ? '' : result.error.issues[0].message;
}

/** The message the checker gives for an unknown field of a report. */
function fieldMessage(key: string): string {
  const schema = reportSchema(idReference);
  const input = { [key]: 'x' };
  const result = schema.safeParse(input);
  if (result.success) return '';
  return describeIssues(schema, result.error.issues, input).find((issue) => issue.path.at(-1) === key)?.message ?? '';
}

describe('similarity', () => {
  it('is 1 for the same name whatever its case, and falls with the share of the longer name that must change', () => {
    expect(similarity('wire', 'WIRE')).toBe(1);
    expect(similarity('wyre', 'wire')).toBe(0.75);
    expect(similarity('heading', 'headline')).toBe(0.75);
    expect(similarity('xyzzy', 'url')).toBe(0);
    expect(similarity('reuters', 'drive')).toBeLessThan(MIN_SIMILARITY);
  });

  it('orders the nearest known names, most alike first', () => {
    expect(nearest('wyre', ['paper', 'wired', 'wire'], 2)).toEqual(['wire', 'wired']);
    expect(suggestion('anything', [])).toBeUndefined();
  });
});

describe('did you mean, on the real content', () => {
  it.each([
    ['sources', 'reuters', 'drive'],
    ['entities', 'no-such-person', 'changan'],
  ] as const)(
    'suggests nothing for a far-off %s id ("%s" is not "%s"), listing the nearest few instead',
    (collection, id, nonsense) => {
      const message = referenceMessage(collection, id);
      expect(message).toMatch(
        new RegExp(
          `^unknown (outlet|entity) "${id}" — no known id is close \\(nearest: [a-z-]+(, [a-z-]+){4}\\)\\. Add content/`,
        ),
      );
      expect(message).not.toContain('did you mean');
      expect(hintFor(id, real[collection])).not.toContain(`"${nonsense}"`);
    },
  );

  it.each([
    ['sources', 'electreck', 'electrek'],
    ['sources', 'finanical-times', 'financial-times'],
    ['entities', 'jim-farly', 'jim-farley'],
    ['events', 'bloomberg-report-jv-talks', 'bloomberg-reports-jv-talks'],
  ] as const)('suggests the id a typo of %s ids is close to: "%s" → "%s"', (collection, typo, meant) => {
    expect(referenceMessage(collection, typo)).toMatch(new RegExp(`— did you mean "${meant}"\\? Add content/`));
  });

  it('suggests "headline" for "heading", and nothing for "xyzzy", which is close to no field', () => {
    expect(fieldMessage('heading')).toMatch(/^unknown field — did you mean "headline"\? \(fields: headline, /);
    expect(fieldMessage('xyzzy')).toMatch(/^unknown field — remove it or fix its name \(fields: headline, /);
    expect(fieldMessage('xyzzy')).not.toContain('"url"');
  });

  it('still suggests "wire" for "wyre" among the fixture outlets', () => {
    expect(hintFor('wyre', ['paper', 'wire'])).toBe('did you mean "wire"?');
  });
});
