import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check-content';
import { createEntry, NewEntryError } from '../../src/editor/new-entry';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const freshContent = () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-entry-'));
  dirs.push(dir);
  cpSync('tests/fixtures/valid-content', dir, { recursive: true });
  return dir;
};

describe('creating entries', () => {
  it('writes a draft report the checker accepts, named after outlet and headline', async () => {
    const dir = freshContent();
    const file = createEntry(dir, 'reports', {
      source: 'paper',
      headline: 'Paper says the talks will resume',
      published: '2026-02-20',
      url: 'https://paper.example/talks-resume',
    });
    expect(file).toBe(`${dir}/reports/paper-paper-says-the-talks-will-resume.md`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\nheadline: "Paper says the talks will resume"\nsource: "paper"\n/);
    expect(text).toContain('published: "2026-02-20"');
    expect(text).toContain('draft: true');
    expect(await checkContent(dir)).toEqual([]);
  });

  it.each([
    ['sources', { name: 'Motor Weekly', homepage: 'https://motor.example/', kind: 'motoring-press', language: 'en', country: '' }, 'sources/motor-weekly.yaml'],
    ['events', { title: 'Ministers meet', date: '2026-02', kind: 'meeting' }, 'events/ministers-meet.yaml'],
    ['entities', { name: 'Jo Bloggs', kind: 'person', role: 'Spokesperson', country: 'GB' }, 'entities/jo-bloggs.yaml'],
    ['claims', { statement: 'Talks will resume in March', firstReportedBy: 'paper', basis: 'anonymous', date: '2026-02-20' }, 'claims/talks-will-resume-in-march.yaml'],
  ] as const)('writes a valid %s file', async (collection, answers, path) => {
    const dir = freshContent();
    expect(createEntry(dir, collection, answers)).toBe(`${dir}/${path}`);
    expect(await checkContent(dir)).toEqual([]);
  });

  it('refuses an unknown outlet and lists the known ones', () => {
    const dir = freshContent();
    expect(() => createEntry(dir, 'reports', { source: 'wyre', headline: 'X', published: '2026-02-20' })).toThrow(
      /unknown outlet "wyre"\. Known outlets: paper, wire\. Add one first with "npm run new:source"/,
    );
  });

  it('writes nothing when an answer is invalid', () => {
    const dir = freshContent();
    expect(() => createEntry(dir, 'reports', { source: 'wire', headline: 'Bad', published: '2026-02-30' })).toThrow(
      /published: "2026-02-30" is not a calendar date/,
    );
    expect(() => readFileSync(`${dir}/reports/wire-bad.md`)).toThrow();
  });

  it('never overwrites an existing file', () => {
    const dir = freshContent();
    writeFileSync(`${dir}/reports/wire-taken.md`, 'precious');
    expect(() => createEntry(dir, 'reports', { source: 'wire', headline: 'Taken', published: '2026-02-20' })).toThrow(NewEntryError);
    expect(readFileSync(`${dir}/reports/wire-taken.md`, 'utf8')).toBe('precious');
  });
});

describe('npm run new:report without a terminal', () => {
  it('names the missing flags instead of guessing', () => {
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/new-entry.ts', 'reports', '--source', 'wire'], {
      env: { ...process.env, CONTENT_DIR: freshContent() },
      encoding: 'utf8',
      input: '',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Missing --headline, --published');
  });
});
