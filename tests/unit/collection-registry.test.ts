// The collection registry (src/lib/collections.ts) is the one place a collection is declared: the editor's form and
// the checker find each collection's folder and reference fields there, and agree with each other because of it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkContent } from '../../src/checker/check-content';
import { cmsConfig, type CmsField } from '../../src/cms';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  fileFor,
  REFERENCE_FIELDS,
  type CollectionName,
  type ReferenceField,
} from '../../src/lib/collections';

const VALID = 'tests/fixtures/valid-content';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const config = cmsConfig({ backend: { name: 'local' }, contentDir: VALID });
const cmsCollection = (name: CollectionName) => config.collections.find((candidate) => candidate.name === name)!;

/** The form's relation menus of a collection, by path ("history.outlet"), each with the collection it lists. */
function relationFields(fields: CmsField[], prefix = ''): { path: string; target: string; multiple: boolean }[] {
  return fields.flatMap((field) => [
    ...(field.widget === 'relation'
      ? [{ path: `${prefix}${field.name}`, target: field.collection!, multiple: field.multiple ?? false }]
      : []),
    ...relationFields([...(field.fields ?? []), ...(field.field ? [field.field] : [])], `${prefix}${field.name}.`),
  ]);
}

const declared = (owner: CollectionName) =>
  REFERENCE_FIELDS.filter((reference) => reference.owner === owner).map(({ path, target }) => ({ path, target }));

/** A copy of the valid fixture with one file of `owner` naming `id` in the reference field `path`. */
function contentNaming({ owner, path }: ReferenceField, id: string, multiple: boolean): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  const name = REFERENCE_FILES[owner]!;
  const file = join(dir, COLLECTIONS[owner].folder, name);
  const text = readFileSync(file, 'utf8');
  const markdown = COLLECTIONS[owner].extension === '.md';
  const [, frontmatter, body] = markdown ? text.split(/^---\n/m) : ['', text, undefined];
  const document = parseDocument(frontmatter);
  const [top, inner] = path.split('.');
  if (inner) document.setIn([top, 0, inner], id);
  else document.setIn([top], multiple ? [id] : id);
  writeFileSync(file, markdown ? `---\n${String(document)}---\n${body}` : String(document));
  return { dir, file };
}
/** The fixture file each collection with reference fields is broken in. */
const REFERENCE_FILES: Partial<Record<CollectionName, string>> = {
  reports: 'valid-report.md',
  events: 'talks.yaml',
  claims: 'talks-were-useful.yaml',
};

describe('the collection registry', () => {
  it('gives the editor each collection’s folder, files and labels', () => {
    for (const name of COLLECTION_NAMES) {
      const { folder, extension, cms } = COLLECTIONS[name];
      expect(cmsCollection(name)).toMatchObject({
        folder,
        extension: extension.slice(1),
        label: cms.label,
        label_singular: cms.singular,
        preview_path: cms.page,
      });
    }
  });

  it('declares the reference fields the schemas make relation menus of, each with the collection it lists', () => {
    for (const name of COLLECTION_NAMES) {
      const menus = relationFields(cmsCollection(name).fields!).map(({ path, target }) => ({ path, target }));
      expect(menus, name).toEqual(declared(name));
    }
    expect(REFERENCE_FIELDS.length).toBeGreaterThan(0);
  });

  it.each(REFERENCE_FIELDS.map((reference) => [`${reference.owner}.${reference.path}`, reference] as const))(
    'has the checker refuse an unknown id in %s, naming the registry’s collection and folder',
    async (_, reference) => {
      const menu = relationFields(cmsCollection(reference.owner).fields!).find(({ path }) => path === reference.path)!;
      const id = 'no-such-entry';
      const { dir, file } = contentNaming(reference, id, menu.multiple);
      const problems = await checkContent(dir, { now: Date.parse('2026-11-23T00:00Z') });
      const found = problems.filter(
        (problem) =>
          problem.file === file &&
          problem.field?.replace(/\[\d+\]/g, '') === reference.path &&
          problem.message.includes(`unknown ${COLLECTIONS[reference.target].noun} "${id}"`),
      );
      expect(found, JSON.stringify(problems, null, 1)).toHaveLength(1);
      expect(found[0].message).toContain(`Add ${fileFor(reference.target, id, dir)} or fix the id`);
    },
  );
});
