import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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
    ['claims', { statement: 'Talks will resume in March', basis: 'unnamed-sources', claimant: '', brokenBy: 'paper', date: '2026-02-20' }, 'claims/talks-will-resume-in-march.yaml'],
    ['claims', { statement: 'Pat Example says the talks went well', basis: 'on-record', claimant: 'chief-executive', brokenBy: '', date: '2026-02-13 or 2026-02-14' }, 'claims/pat-example-says-the-talks-went.yaml'],
  ] as const)('writes a valid %s file', async (collection, answers, path) => {
    const dir = freshContent();
    expect(createEntry(dir, collection, answers)).toBe(`${dir}/${path}`);
    expect(await checkContent(dir)).toEqual([]);
  });

  it('starts a claim on the record, moved by its claimant, when its basis is on-record; otherwise reported by the outlet that broke it', () => {
    const dir = freshContent();
    const said = readFileSync(createEntry(dir, 'claims', { statement: 'Pat Example says yes', basis: 'on-record', claimant: 'chief-executive', date: '2026-02-20' }), 'utf8');
    expect(parse(said)).toEqual({
      statement: 'Pat Example says yes',
      basis: 'on-record',
      claimant: 'chief-executive',
      entities: [],
      events: [],
      history: [{ status: 'on-record', date: '2026-02-20', entity: 'chief-executive' }],
    });
    const reported = readFileSync(createEntry(dir, 'claims', { statement: 'Talks failed', basis: 'not-sourced', brokenBy: 'wire', date: '2026-02' }), 'utf8');
    expect(parse(reported)).toMatchObject({ basis: 'not-sourced', brokenBy: 'wire', history: [{ status: 'reported', date: '2026-02', outlet: 'wire' }] });
    expect(parse(reported)).not.toHaveProperty('claimant');
  });

  it.each([
    [{ basis: 'on-record', brokenBy: 'wire' }, /basis: is "on-record", so the claim needs a "claimant"/],
    [{ basis: 'unnamed-sources', claimant: 'chief-executive', brokenBy: 'wire' }, /claimant: names who made the claim, but its basis is "unnamed-sources"/],
    [{ basis: 'unnamed-sources' }, /brokenBy: a claim that is not on the record needs the outlet that reported it/],
    [{ basis: 'anonymous', brokenBy: 'wire' }, /basis: Invalid option: expected one of "on-record"\|"unnamed-sources"\|"not-sourced"/],
  ])('refuses a claim whose sourcing does not add up: %j', (answers, message) => {
    const dir = freshContent();
    expect(() => createEntry(dir, 'claims', { statement: 'Something happened', date: '2026-02-20', ...answers })).toThrow(message);
    expect(() => readFileSync(`${dir}/claims/something-happened.yaml`)).toThrow();
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

describe('npm run new:* without a terminal', { timeout: 30_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/new-entry.ts', ...args], {
      env: { ...process.env, CONTENT_DIR: freshContent() },
      encoding: 'utf8',
      input: '',
    });

  it('names the missing flags instead of guessing', () => {
    const result = run('reports', '--source', 'wire');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Missing --headline, --published');
  });

  it.each(['reports', 'claims'])('prints the usage of new:%s for --help, and exits 0', (collection) => {
    const result = run(collection, '--help');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run new:(report|claim) -- /);
    expect(result.stdout).toContain(collection === 'claims' ? '--brokenBy' : '--headline');
  });

  it('explains an unknown flag with the usage instead of a stack trace', () => {
    const result = run('reports', '--colour', 'red');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--colour'/);
    expect(result.stderr).toContain('Usage: npm run new:report');
    expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|\n\s+at /);
  });
});
