// `npm run new:*` as an editor runs it, in a child process with no terminal: flags, exit codes, messages. The
// functions behind it are tested in process in new-entry.test.ts; these tests live apart because Stryker cannot
// trace a child process to a mutant, and a test file that imports nothing from src/new-entry is never re-run for one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const freshContent = () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-entry-cli-'));
  dirs.push(dir);
  cpSync('tests/fixtures/valid-content', dir, { recursive: true });
  return dir;
};

describe('npm run new:* without a terminal', { timeout: 30_000 }, () => {
  const run = (...args: string[]) => runIn(freshContent(), ...args);
  const runIn = (contentDir: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/new-entry.ts', ...args], {
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
      input: '',
    });

  it('names the missing flags instead of guessing', () => {
    const result = run('reports', '--source', 'wire');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Missing --headline, --published');
  });

  it.each([
    ['reports', 'new:report', '--headline'],
    ['sources', 'new:source', '--homepage'],
    ['events', 'new:event', '--title'],
    ['entities', 'new:entity', '--role'],
    ['claims', 'new:claim', '--brokenBy'],
  ])('prints the usage of %s for --help, and exits 0', (collection, command, flag) => {
    const result = run(collection, '--help');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: npm run ${command} -- `));
    expect(result.stdout).toContain(flag);
    expect(result.stdout.includes('--from')).toBe(collection === 'reports');
  });

  it('suggests tags from an article given with --from, and never copies the article into the content', () => {
    const dir = freshContent();
    const article = join(mkdtempSync(join(tmpdir(), 'article-')), 'article.txt');
    dirs.push(dirname(article));
    writeFileSync(article, 'Pat Example told the Fixture Paper that the talks went well, a secret sentence.');
    const result = runIn(
      dir,
      'reports',
      '--source',
      'wire',
      '--headline',
      'Talks went well',
      '--published',
      '2026-02-20',
      '--from',
      article,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Named in ${article}`);
    expect(result.stdout).toContain('  entities: [chief-executive]');
    expect(result.stdout).toContain('  cites: [paper]');
    expect(result.stdout).toContain('  events: nothing found');
    expect(result.stdout).toContain(`npm run check -- --against ${article} ${dir}/reports/wire-talks-went-well.md`);
    expect(readFileSync(`${dir}/reports/wire-talks-went-well.md`, 'utf8')).not.toContain('secret');
  });

  it('refuses an article inside the content folder, or one it cannot read, writing nothing', () => {
    const dir = freshContent();
    writeFileSync(`${dir}/article.txt`, 'Pat Example.');
    const inside = runIn(
      dir,
      'reports',
      '--source',
      'wire',
      '--headline',
      'Inside',
      '--published',
      '2026-02-20',
      '--from',
      `${dir}/article.txt`,
    );
    expect(inside.status).toBe(2);
    expect(inside.stderr).toMatch(/is inside .*: keep the article elsewhere/);
    const missing = runIn(
      dir,
      'reports',
      '--source',
      'wire',
      '--headline',
      'Missing',
      '--published',
      '2026-02-20',
      '--from',
      '/nonexistent/article.txt',
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/article\.txt/);
    expect(readdirSync(`${dir}/reports`)).toEqual(['valid-report.md']);
  });

  it.each([
    [
      'an unknown outlet',
      ['--source', 'nobody', '--headline', 'Talks', '--published', '2026-02-20'],
      /^✗ unknown outlet "nobody"/,
    ],
    [
      'a date that is not one',
      ['--source', 'wire', '--headline', 'Talks', '--published', '2026-02-31'],
      /^✗ not written, because:\n {2}published: "2026-02-31" is not a calendar date/,
    ],
  ])('refuses %s with exit code 1, writing nothing', (_, args, message) => {
    const dir = freshContent();
    const result = runIn(dir, 'reports', ...args);
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(1);
    expect(readdirSync(`${dir}/reports`)).toEqual(['valid-report.md']);
  });

  it('explains an unknown flag with the usage instead of a stack trace', () => {
    const result = run('reports', '--colour', 'red');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--colour'/);
    expect(result.stderr).toContain('Usage: npm run new:report');
    expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|\n\s+at /);
  });
});
