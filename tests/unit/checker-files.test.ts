// How the checker reads the content folder (src/checker/read-files.ts, content-files.ts): which files it lists and
// which collection reads each, how a file's frontmatter, body and lines are found whatever its line endings, and
// where broken YAML is said to be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { existingIds, idOf, sortContentFiles } from '../../src/checker/content-files';
import { listFiles, parseContentFile, type ParsedFile } from '../../src/checker/read-files';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder holding these files (paths relative to it). */
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'checker-files-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const parsed = (name: string, text: string) => {
  const result = parseContentFile(join(folderWith({ [name]: text }), name));
  if ('message' in result) throw new Error(result.message);
  return result;
};
const failure = (name: string, text: string) => {
  const result = parseContentFile(join(folderWith({ [name]: text }), name));
  return 'message' in result ? { line: result.line, message: result.message } : result;
};

describe('the files of the content folder', () => {
  it('are every file below it, sorted, leaving out the file system’s dot-files and dot-folders', () => {
    const dir = folderWith({
      'reports/b.md': '',
      'reports/a.md': '',
      'reports/.DS_Store': '',
      '.git/config': '',
      'events/old/x.yaml': '',
      'site.yaml': '',
    });
    expect(listFiles(dir)).toEqual(['events/old/x.yaml', 'reports/a.md', 'reports/b.md', 'site.yaml']);
    // sorted as paths, not folder by folder
    expect(listFiles(folderWith({ 'reports/a.md': '', 'reports-old.txt': '' }))).toEqual([
      'reports-old.txt',
      'reports/a.md',
    ]);
  });

  it('go to the collection whose folder holds them directly, with its extension; the rest are unread', () => {
    const dir = folderWith({
      'reports/a.md': '',
      'reports/notes.txt': '',
      'reports/old/b.md': '',
      'events/e.yaml': '',
      'events/e.yml': '',
      'misc/x.yaml': '',
      'stories/s.yaml': '',
      'top.yaml': '',
      'site.yaml': '',
    });
    const { byCollection, unread } = sortContentFiles(dir);
    expect(byCollection).toEqual({
      reports: ['reports/a.md'],
      events: ['events/e.yaml'],
      sources: [],
      entities: [],
      claims: [],
      stories: ['stories/s.yaml'],
    });
    expect(unread).toEqual(['events/e.yml', 'misc/x.yaml', 'reports/notes.txt', 'reports/old/b.md', 'top.yaml']);
    expect(sortContentFiles(join(dir, 'nothing'))).toEqual({
      byCollection: { reports: [], events: [], sources: [], entities: [], claims: [], stories: [] },
      unread: [],
    });
  });

  it('are named by their file name without the folder or extension', () => {
    expect(idOf('reports', 'reports/drive-farley.md')).toBe('drive-farley');
    const dir = folderWith({ 'sources/ft.yaml': '', 'sources/wire.yaml': '', 'claims/c.yaml': '' });
    expect(existingIds(dir)).toEqual({
      reports: new Set(),
      events: new Set(),
      sources: new Set(['ft', 'wire']),
      entities: new Set(),
      claims: new Set(['c']),
      stories: new Set(),
    });
  });
});

describe('a Markdown file’s frontmatter and digest', () => {
  it('are found with Windows line endings and a byte-order mark', () => {
    const file = parsed('r.md', '\uFEFF---\r\nheadline: x\r\nsource: ft\r\n---\r\nBody\r\n');
    expect([file.data, file.body, file.bodyLine]).toEqual([{ headline: 'x', source: 'ft' }, 'Body\r\n', 5]);
    expect(file.lineOf(['source'])).toBe(3);
  });

  it('allow an empty frontmatter and a file that ends with its closing line', () => {
    const empty = parsed('r.md', '---\n---\nBody\n');
    expect([empty.data, empty.body, empty.bodyLine]).toEqual([{}, 'Body\n', 3]);
    const bare = parsed('r.md', '---\nheadline: x\n---');
    expect([bare.data, bare.body, bare.bodyLine]).toEqual([{ headline: 'x' }, '', 3]);
  });

  it('need the opening line at the very start, and a closing line of its own', () => {
    const refusal = {
      line: 1,
      message: 'no frontmatter: start the file with a line "---", the fields, then "---"',
    };
    expect(failure('r.md', '\n---\nheadline: x\n---\n')).toEqual(refusal);
    expect(failure('r.md', '---\nheadline: x\n---more\n')).toEqual(refusal);
    expect(failure('r.md', '---\nheadline: x\n')).toEqual(refusal);
  });

  it('says on which line of the whole file broken YAML is', () => {
    const file = join(folderWith({ 'r.md': '---\nheadline: x\nkind: wire: extra\n---\nBody\n' }), 'r.md');
    expect(parseContentFile(file)).toStrictEqual({
      file,
      line: 3,
      message: expect.stringMatching(/^broken YAML: [^\n]+$/),
    });
  });
});

describe('a YAML file', () => {
  it('reads as the data, an empty file as no fields', () => {
    expect(parsed('e.yaml', 'title: x\n').data).toEqual({ title: 'x' });
    expect(parsed('e.yaml', '').data).toEqual({});
    expect(parsed('e.yaml', '').lineOf(['title'])).toBeUndefined();
  });

  it('keeps an unquoted date as the date the site would see, as Astro reads it', () => {
    expect(parsed('e.yaml', 'date: 2026-02-16\n').data).toEqual({ date: new Date('2026-02-16T00:00:00Z') });
  });

  it('says on which line broken YAML is', () => {
    expect(failure('s.yaml', 'name: Broken\nhomepage: x\nkind: wire: extra\nlanguage: en\n')).toEqual({
      line: 3,
      message: expect.stringMatching(/^broken YAML: [^\n]+$/),
    });
  });

  it('places a field on its line, a list item on its own, and anything not there on its nearest parent', () => {
    const file: ParsedFile = parsed(
      'c.yaml',
      ['statement: x', 'history:', '  - status: reported', '    date: "2026-02"', '  - status: denied', ''].join('\n'),
    );
    expect(file.lineOf([])).toBe(1);
    expect(file.lineOf(['history'])).toBe(2);
    expect(file.lineOf(['history', 0])).toBe(3);
    expect(file.lineOf(['history', 0, 'date'])).toBe(4);
    expect(file.lineOf(['history', 1, 'status'])).toBe(5);
    expect(file.lineOf(['history', 2, 'status'])).toBe(2);
    expect(file.lineOf(['history', 'status'])).toBe(2);
    expect(file.lineOf(['statement', 'deeper'])).toBe(1);
  });
});
