import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check-content';
import { earliestInstant, latestInstant, parseStoryDate, type StoryDate } from '../../src/lib/dates';
import { generateContent, type GenerateOptions } from '../../scripts/synthetic/generate';

const SMALL: GenerateOptions = { reports: 60, outlets: 10, events: 25, entities: 40, seed: 7 };
const TSX = 'node_modules/.bin/tsx';
const SCRIPT = 'scripts/generate-content.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'generate-content-'));
  dirs.push(dir);
  return dir;
};

function writeAll(dir: string, files: Map<string, string>) {
  for (const [path, text] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const cli = (args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(TSX, [SCRIPT, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: undefined, ...env } });

const countIn = (files: Map<string, string> | string[], folder: string) =>
  [...(files instanceof Map ? files.keys() : files)].filter((path) => path.startsWith(`${folder}/`)).length;

const frontmatter = (text: string) => parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
const date = (text: string): StoryDate => {
  const parsed = parseStoryDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

/** Every report whose events include one dated after its publication (and not planned). */
function reportsCoveringLaterEvents(files: Map<string, string>): string[] {
  const events = new Map(
    [...files]
      .filter(([path]) => path.startsWith('events/'))
      .map(([path, text]) => [
        path.slice('events/'.length, -'.yaml'.length),
        parse(text) as { date: string; planned?: boolean },
      ]),
  );
  const bad: string[] = [];
  for (const [path, text] of files) {
    if (!path.startsWith('reports/')) continue;
    const report = frontmatter(text) as { published: string; events?: string[] };
    const published = latestInstant(date(report.published), 'UTC');
    for (const id of report.events ?? []) {
      const event = events.get(id);
      if (!event) bad.push(`${path}: unknown event ${id}`);
      else if (!event.planned && earliestInstant(date(event.date), 'UTC') > published) bad.push(`${path}: ${id}`);
    }
  }
  return bad;
}

describe('generateContent', () => {
  // No warnings either: file names are ids, and every tagged entity is named in its report's digest.
  it.each([300, 20])(
    'writes content the checker accepts without a single problem (%i-word digests)',
    async (wordsPerDigest) => {
      const dir = tempDir();
      writeAll(dir, generateContent({ ...SMALL, wordsPerDigest }));
      expect(await checkContent(dir)).toEqual([]);
    },
  );

  it('has as many files per folder as asked for, and a site.yaml', () => {
    const files = generateContent(SMALL);
    expect(countIn(files, 'reports')).toBe(60);
    expect(countIn(files, 'sources')).toBe(10);
    expect(countIn(files, 'events')).toBe(25);
    expect(countIn(files, 'entities')).toBe(40);
    expect(countIn(files, 'stories')).toBe(1);
    expect(files.has('site.yaml')).toBe(true);
    expect(files.size).toBe(60 + 10 + 25 + 40 + 1 + 1);
  });

  it('is deterministic: same options, same bytes; another seed, other content', () => {
    const first = generateContent(SMALL);
    const second = generateContent({ ...SMALL });
    expect([...second]).toEqual([...first]);
    const other = generateContent({ ...SMALL, seed: 8 });
    expect([...other]).not.toEqual([...first]);
  });

  it('gives names and aliases that belong to one entity only', () => {
    const names = [...generateContent({ reports: 1 })]
      .filter(([path]) => path.startsWith('entities/'))
      .flatMap(([, text]) => {
        const entity = parse(text) as { name: string; aliases?: string[] };
        return [entity.name, ...(entity.aliases ?? [])];
      });
    expect(new Set(names).size).toBe(names.length);
  });

  it('writes digests of about the requested length with entity mentions and an external link', () => {
    const files = generateContent({ ...SMALL, wordsPerDigest: 120 });
    const [, text] = [...files].find(([path]) => path.startsWith('reports/'))!;
    const body = text.split(/^---$/m).slice(2).join('---');
    const words = body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(100);
    expect(words).toBeLessThan(220);
    expect(body).toMatch(/\]\(https:\/\/[^)]+\)/);
    const entityIds = frontmatter(text).entities as string[];
    const firstEntity = parse(files.get(`entities/${entityIds[0]}.yaml`)!) as { name: string; aliases?: string[] };
    expect([firstEntity.name, ...(firstEntity.aliases ?? [])].some((name) => body.includes(name))).toBe(true);
  });

  // How fast is npm run bench's business, never a timed assertion here (a loaded machine made this flaky).
  it(
    'generates 1,000 reports, each covering only events dated on or before its publication, that the checker passes',
    { timeout: 30_000 },
    async () => {
      const files = generateContent({ reports: 1000 });
      expect(countIn(files, 'reports')).toBe(1000);
      expect(countIn(files, 'sources')).toBe(50);
      expect(countIn(files, 'events')).toBe(200);
      expect(countIn(files, 'entities')).toBe(500);
      expect(reportsCoveringLaterEvents(files)).toEqual([]);

      const dir = tempDir();
      writeAll(dir, files);
      expect((await checkContent(dir)).filter((problem) => problem.severity === 'error')).toEqual([]);
    },
  );
});

describe('scripts/generate-content.ts', { timeout: 30_000 }, () => {
  const smallArgs = ['--reports', '12', '--outlets', '4', '--events', '6', '--entities', '10'];

  it('writes into CONTENT_DIR, with its marker, and replaces its own earlier output', async () => {
    const dir = join(tempDir(), 'synthetic');
    const first = cli(smallArgs, { CONTENT_DIR: dir });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Wrote 12 reports .*4 outlets, 6 events, 10 entities/);
    expect(existsSync(join(dir, '.synthetic'))).toBe(true);
    expect(readdirSync(join(dir, 'reports'))).toHaveLength(12);
    expect((await checkContent(dir)).filter((problem) => problem.severity === 'error')).toEqual([]);

    const again = cli(['--reports', '5', '--outlets', '3', '--events', '4', '--entities', '6'], { CONTENT_DIR: dir });
    expect(again.status).toBe(0);
    expect(readdirSync(join(dir, 'reports'))).toHaveLength(5);
    expect(readdirSync(join(dir, 'entities'))).toHaveLength(6);
  });

  it('refuses the repository’s own content folder', () => {
    const before = readdirSync('content').sort();
    for (const args of [
      ['--out', 'content'],
      ['--out', './content/'],
      ['--out', 'content/reports/new'],
    ]) {
      const result = cli([...smallArgs, ...args]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/refusing to write into the repository's own content folder/);
    }
    expect(cli(smallArgs, { CONTENT_DIR: 'content' }).status).not.toBe(0);
    expect(readdirSync('content').sort()).toEqual(before);
    expect(existsSync('content/.synthetic')).toBe(false);
  });

  it('refuses a non-empty folder it did not write', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const result = cli([...smallArgs, '--out', dir]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/not empty and has no \.synthetic marker/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses to replace its own folder once something else was added to it', () => {
    const dir = tempDir();
    expect(cli([...smallArgs, '--out', dir]).status).toBe(0);
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const result = cli([...smallArgs, '--out', dir]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/notes\.txt/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it.each([
    [[], /--reports is required/],
    [['--reports', '10'], /--out DIR, or set CONTENT_DIR/],
    [['--reports', 'ten', '--out', 'x'], /--reports takes a whole number/],
    [['--reports', '10', '--out', 'x', '--colour', 'red'], /Unknown option '--colour'/],
  ])('explains misuse %j and exits non-zero', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
