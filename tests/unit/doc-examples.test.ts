// Every example an editor copies is valid input: each frontmatter or YAML example in README.md and docs/*.md, written
// into a copy of the seed content as a file of the collection whose fields it uses, passes the checker. Also what the
// checker says when a required field is left out.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check-content';
import { describeIssues, fieldName } from '../../src/checker/issues';
import { COLLECTIONS, type CollectionName } from '../../src/lib/collections';
import { claimSchema } from '../../src/schemas/claims';
import { entitySchema } from '../../src/schemas/entities';
import { eventSchema } from '../../src/schemas/events';
import { idReference } from '../../src/schemas/reference';
import { reportSchema } from '../../src/schemas/reports';
import { sourceSchema } from '../../src/schemas/sources';
import { storySchema } from '../../src/schemas/stories';

const SCHEMAS = {
  stories: storySchema,
  reports: reportSchema(idReference),
  sources: sourceSchema,
  events: eventSchema(idReference),
  entities: entitySchema,
  claims: claimSchema(idReference),
};
const fieldsOf = (collection: CollectionName) => Object.keys(SCHEMAS[collection].shape);

interface Example {
  where: string;
  /** The file's text as an editor would save it: frontmatter and body for Markdown, plain YAML otherwise. */
  text: string;
  /** The top-level fields it sets. */
  fields: string[];
}

/** Fenced blocks that are frontmatter (they open with ---) or YAML, with the file and line they start at. */
function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)]
    .filter(([, language, body]) => body.startsWith('---\n') || /^ya?ml$/.test(language))
    .map((match) => {
      const body = match[2];
      const yaml = body.startsWith('---\n') ? body.slice(4, body.indexOf('\n---', 3)) : body;
      const data = load(yaml);
      return {
        where: `${file}:${text.slice(0, match.index).split('\n').length}`,
        text: body,
        fields: data && typeof data === 'object' ? Object.keys(data) : [],
      };
    });
}

const examples = ['README.md', ...readdirSync('docs').map((name) => join('docs', name))]
  .filter((file) => file.endsWith('.md'))
  .flatMap(examplesIn);

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the examples in README.md and docs/', () => {
  it('include the README’s report', () => {
    expect(examples.map(({ where }) => where)).toContain('README.md:66');
  });

  it.each(examples.map((example) => [example.where, example] as const))('%s passes the checker', async (_, example) => {
    const collections = (Object.keys(SCHEMAS) as CollectionName[]).filter((collection) =>
      example.fields.every((field) => fieldsOf(collection).includes(field)),
    );
    expect(collections, `no collection has all of the fields ${example.fields.join(', ')}`).not.toEqual([]);
    const collection = collections[0];
    const dir = mkdtempSync(join(tmpdir(), 'doc-example-'));
    dirs.push(dir);
    cpSync('content', dir, { recursive: true });
    const { folder, extension } = COLLECTIONS[collection];
    const file = join(dir, folder, `doc-example${extension}`);
    writeFileSync(file, example.text);
    const problems = (await checkContent(dir)).filter((problem) => problem.file === file);
    expect(problems.map(({ line, message }) => `${line}: ${message}`)).toEqual([]);
  });
});

describe('a required field left out', () => {
  const issuesOf = (input: Record<string, unknown>) => {
    const result = SCHEMAS.reports.safeParse(input);
    if (result.success) throw new Error('expected issues');
    return describeIssues(SCHEMAS.reports, result.error.issues, input).map(
      ({ path, message }) => `${fieldName(path)}: ${message}`,
    );
  };
  const report = {
    headline: 'H',
    source: 'electrek',
    attribution: 'confirmed',
    published: '2026-02-16',
    added: '2026-11-22',
    language: 'en',
    summary: 'S.',
  };

  it('is said to be missing, with what to write and what it means, whatever the field’s message for a wrong value', () => {
    const { added: _added, attribution: _attribution, ...rest } = report;
    expect(issuesOf(rest)).toEqual([
      'attribution: required field is missing — add `attribution: confirmed or probable` ("confirmed" when we know this outlet published it; "probable" when it is our best inference.)',
      'added: required field is missing — add `added: "YYYY-MM-DD"` (The day you add the report to the site ("2026-11-22"): what "new since your last visit" counts. Never the build date.)',
    ]);
  });

  it('is not said to be missing when it is there with a wrong value', () => {
    const [attribution, added] = issuesOf({ ...report, added: 20261122, attribution: 'maybe' });
    expect(attribution).toBe('attribution: Invalid option: expected one of "confirmed"|"probable"');
    expect(added).toMatch(/^added: expected a date in quotes: /);
  });
});
