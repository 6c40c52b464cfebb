// The checker's words and order as editors read them: the printed report, the field names and suggestions built from
// schema issues, the line each problem points at, and the order problems come in.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/checker/check-content';
import { formatProblem, formatReport, hasErrors } from '../../src/checker/format';
import { describeIssues, fieldName } from '../../src/checker/issues';
import { parseContentFile } from '../../src/checker/read-files';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function fileWith(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'checker-output-'));
  dirs.push(dir);
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const error = (file: string, line?: number, field?: string): Problem => ({
  severity: 'error',
  file,
  line,
  field,
  message: 'is wrong',
});
const warning: Problem = { severity: 'warning', file: 'b.yaml', message: 'looks odd' };

describe('the printed report', () => {
  it('prints each problem as mark, file:line, field, message', () => {
    expect(formatProblem(error('a.md', 3, 'headline'))).toBe('✗ a.md:3 headline: is wrong');
    expect(formatProblem(error('a.md'))).toBe('✗ a.md is wrong');
    expect(formatProblem(warning)).toBe('! b.yaml looks odd');
  });

  it('ends with a tally of errors, warnings and files, and says the site will not build', () => {
    expect(formatReport([error('a.md', 1), error('a.md', 2), warning])).toBe(
      [
        '✗ a.md:1 is wrong',
        '✗ a.md:2 is wrong',
        '! b.yaml looks odd',
        '2 error(s), 1 warning(s) in 2 file(s) — the site will not build until the errors are fixed',
      ].join('\n'),
    );
    expect(formatReport([warning])).toBe('! b.yaml looks odd\n0 error(s), 1 warning(s) in 1 file(s)');
    expect(formatReport([])).toBe('✓ content checked: no problems');
  });

  it('counts errors, not warnings, as stopping the build', () => {
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, error('a.md')])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });
});

describe('schema issues in editors’ words', () => {
  const schema = z.strictObject({
    headline: z.string().describe('The headline.'),
    translatedFrom: z.strictObject({ headline: z.string(), language: z.string() }).optional(),
    history: z.array(z.strictObject({ date: z.string(), status: z.enum(['on-record', 'denied']) })),
  });
  const describe_ = (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) throw new Error('expected issues');
    return describeIssues(schema, result.error.issues, data).map(
      ({ path, message }) => `${fieldName(path)}: ${message}`,
    );
  };

  it('suggests the field a misspelt key was meant to be, at any depth', () => {
    expect(describe_({ headline: 'x', history: [], translatedFrom: { headlin: 'y', language: 'de' } })).toEqual([
      'translatedFrom.headline: required field is missing — add `headline: "…"`',
      'translatedFrom.headlin: unknown field — did you mean "headline"? (fields: headline, language)',
    ]);
    expect(describe_({ headline: 'x', history: [{ date: 'd', stauts: 's' }] })).toEqual([
      'history[0].status: required field is missing — add `status: on-record or denied`',
      'history[0].stauts: unknown field — did you mean "status"? (fields: date, status)',
    ]);
    expect(describe_({ headlin: 'x', history: [] })).toEqual([
      'headline: required field is missing — add `headline: "…"` (The headline.)',
      'headlin: unknown field — did you mean "headline"? (fields: headline, translatedFrom, history)',
    ]);
  });

  it('lists the fields when a key is close to none of them', () => {
    expect(describe_({ headline: 'x', history: [], colour: 'red' })).toEqual([
      'colour: unknown field — remove it or fix its name (fields: headline, translatedFrom, history)',
    ]);
  });

  it('says a field is missing only when it is, and passes other messages on', () => {
    expect(describe_({ headline: 3, history: [] })).toEqual([
      'headline: Invalid input: expected string, received number',
    ]);
    expect(describe_({ headline: 'x' })).toEqual(['history: required field is missing — add `history: […]`']);
    expect(describe_({ headline: 'x', history: [{ date: 'd', status: 'rumoured' }] })).toEqual([
      'history[0].status: Invalid option: expected one of "on-record"|"denied"',
    ]);
  });
});

describe('what to write for a missing field', () => {
  const missing = (schema: z.ZodObject, data: Record<string, unknown> = {}) => {
    const result = schema.safeParse(data);
    if (result.success) throw new Error('expected issues');
    return describeIssues(schema, result.error.issues, data).map(
      ({ path, message }) => `${fieldName(path)}: ${message}`,
    );
  };

  it('is a value of the field’s kind, or the example its schema gives, with the description from any layer', () => {
    expect(
      missing(
        z.strictObject({
          draft: z.boolean(),
          count: z.number(),
          place: z.strictObject({ city: z.string() }),
          date: z.string().meta({ example: '"YYYY-MM-DD"' }).describe('When it happened.'),
          title: z.string().describe('The title.').nullable(),
        }),
      ),
    ).toEqual([
      'draft: required field is missing — add `draft: true`',
      'count: required field is missing — add `count: 1`',
      'place: required field is missing — add `place: { … }`',
      'date: required field is missing — add `date: "YYYY-MM-DD"` (When it happened.)',
      'title: required field is missing — add `title: "…"` (The title.)',
    ]);
  });

  it('is not said of a value that is there, nor of a check of our own on a field left out', () => {
    const schema = z
      .strictObject({ basis: z.string(), claimant: z.string().optional() })
      .refine((claim) => claim.claimant !== undefined, { path: ['claimant'], message: 'needs a claimant' });
    expect(missing(schema, { basis: 'on-record' })).toEqual(['claimant: needs a claimant']);
    expect(missing(schema, { basis: null })).toEqual(['basis: Invalid input: expected string, received null']);
  });

  it('is not said inside a value that is not an object', () => {
    const schema = z.strictObject({ place: z.strictObject({ city: z.string() }) });
    expect(missing(schema, { place: 'Paris' })).toEqual(['place: Invalid input: expected object, received string']);
    expect(missing(schema, { place: ['Paris'] })).toEqual(['place: Invalid input: expected object, received array']);
  });
});

describe('the line a problem points at', () => {
  it('finds nested keys and list items in frontmatter, counting the opening line', () => {
    const parsed = parseContentFile(
      fileWith('r.md', '---\nheadline: x\nhistory:\n  - date: "2026-02"\n    status: reported\n---\nBody\n'),
    );
    if ('message' in parsed) throw new Error(parsed.message);
    expect(parsed.lineOf(['headline'])).toBe(2);
    expect(parsed.lineOf(['history', 0, 'status'])).toBe(5);
    expect(parsed.lineOf(['history', 3])).toBe(3);
    expect(parsed.lineOf(['nothing'])).toBe(2);
    expect(parsed.body).toBe('Body\n');
    expect(parsed.bodyLine).toBe(7);
  });

  it('refuses a Markdown file without frontmatter, on line 1', () => {
    expect(parseContentFile(fileWith('r.md', 'headline: x\n'))).toEqual({
      file: expect.stringMatching(/r\.md$/),
      line: 1,
      message: 'no frontmatter: start the file with a line "---", the fields, then "---"',
    });
  });
});

describe('the order problems come in', () => {
  it('says so when the content folder does not exist', async () => {
    expect(await checkContent('/nonexistent/content')).toEqual([
      {
        severity: 'error',
        file: '/nonexistent/content',
        message: 'the content folder does not exist — check CONTENT_DIR or create the folder',
      },
    ]);
  });

  it('sorts by file, then line, whatever order the schema reports them in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'checker-order-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'entities'));
    // The schema checks name before kind; the file has them the other way round.
    writeFileSync(join(dir, 'entities', 'b.yaml'), 'kind: 5\nname: 7\nrole: x\n');
    writeFileSync(join(dir, 'entities', 'a.yaml'), 'kind: 5\nname: 7\nrole: x\n');
    const problems = (await checkContent(dir)).filter((problem) => problem.file.includes('entities'));
    expect(problems.map(({ file, line, field }) => `${file.slice(dir.length + 1)}:${line} ${field}`)).toEqual([
      'entities/a.yaml:1 kind',
      'entities/a.yaml:2 name',
      'entities/b.yaml:1 kind',
      'entities/b.yaml:2 name',
    ]);
  });
});
