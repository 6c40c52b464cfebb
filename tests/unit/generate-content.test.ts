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
/** The same content split among stories: enough events and reports that some are shared by two. */
const STORIED: GenerateOptions = {
  reports: 400,
  outlets: 10,
  events: 60,
  entities: 40,
  seed: 7,
  stories: 6,
  wordsPerDigest: 60,
};
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

interface Member {
  stories: string[];
  events?: string[];
  entities?: string[];
  source?: string;
  cites?: string[];
}

/** Each report's and event's fields, by folder and id. */
function members(files: Map<string, string>) {
  const read = (folder: string, parse: (text: string) => Member) =>
    new Map(
      [...files]
        .filter(([path]) => path.startsWith(`${folder}/`))
        .map(([path, text]) => [path.slice(folder.length + 1).replace(/\.(md|yaml)$/, ''), parse(text)]),
    );
  return { reports: read('reports', (text) => frontmatter(text) as unknown as Member), events: read('events', parse) };
}

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

// The checker on a few hundred reports takes seconds on a loaded machine.
describe('generateContent', { timeout: 30_000 }, () => {
  // No warnings either: file names are ids, and every tagged entity is named in its report's digest.
  it.each([300, 20])(
    'writes content the checker accepts without a single problem (%i-word digests)',
    async (wordsPerDigest) => {
      const dir = tempDir();
      writeAll(dir, generateContent({ ...SMALL, wordsPerDigest }));
      expect(await checkContent(dir)).toEqual([]);
    },
  );

  it('writes many stories the checker accepts without a single problem: every link stays inside its stories', async () => {
    const dir = tempDir();
    writeAll(dir, generateContent(STORIED));
    // story-membership (every entry in a story) and story-links (what a report covers is in its stories) included.
    expect(await checkContent(dir)).toEqual([]);
  });

  it('splits events and reports among the stories, a few in two, every report in the stories of all its events', () => {
    const files = generateContent(STORIED);
    const stories = [...files.keys()].filter((path) => path.startsWith('stories/'));
    expect(stories).toHaveLength(6);
    const { reports, events } = members(files);
    const storyIds = new Set(stories.map((path) => path.slice('stories/'.length, -'.yaml'.length)));
    const eventsPerStory = new Map<string, number>();
    for (const event of events.values())
      for (const id of event.stories) eventsPerStory.set(id, (eventsPerStory.get(id) ?? 0) + 1);
    const reportsPerStory = new Map<string, number>();
    for (const report of reports.values()) {
      for (const id of report.stories) reportsPerStory.set(id, (reportsPerStory.get(id) ?? 0) + 1);
      for (const event of report.events ?? [])
        expect(events.get(event)!.stories).toEqual(expect.arrayContaining(report.stories));
    }
    // Every story has events and reports; every entry names known stories.
    expect(new Set(eventsPerStory.keys())).toEqual(storyIds);
    expect(new Set(reportsPerStory.keys())).toEqual(storyIds);
    // A few reports, and the events they cover, belong to two stories; most to one.
    const inTwo = [...reports.values()].filter((report) => report.stories.length === 2);
    expect(inTwo.length).toBeGreaterThan(0);
    expect(inTwo.length).toBeLessThan(reports.size / 10);
    expect([...reports.values(), ...events.values()].every((entry) => entry.stories.length <= 2)).toBe(true);
  });

  it('shares outlets and entities across stories', () => {
    const { reports } = members(generateContent(STORIED));
    const storiesNaming = new Map<string, Set<string>>();
    for (const report of reports.values())
      for (const id of [report.source!, ...(report.cites ?? []), ...(report.entities ?? [])])
        for (const story of report.stories) storiesNaming.set(id, (storiesNaming.get(id) ?? new Set()).add(story));
    const shared = (prefix: RegExp) =>
      [...storiesNaming].filter(([id, stories]) => prefix.test(id) && stories.size > 1).length;
    // All 10 outlets publish in more than one story, and most entities are named in more than one.
    expect(shared(/^outlet-/)).toBe(10);
    expect(shared(/^(?!outlet-)/)).toBeGreaterThan(20);
  });

  it('makes one story per 100 reports by default, at least one, and never more than the events', () => {
    const storiesIn = (options: GenerateOptions) => countIn(generateContent(options), 'stories');
    expect(storiesIn({ ...SMALL, reports: 60 })).toBe(1);
    expect(storiesIn({ ...SMALL, reports: 1000, wordsPerDigest: 5 })).toBe(10);
    expect(storiesIn({ ...SMALL, reports: 3000, wordsPerDigest: 5 })).toBe(25); // 30, capped at the 25 events
    expect(() => generateContent({ ...SMALL, stories: 26 })).toThrow(/stories must be at most the number of events/);
    expect(() => generateContent({ ...SMALL, stories: 0 })).toThrow(/stories must be a whole number of at least 1/);
  });

  it('files the same content under one story when asked (the benchmark’s single-story build)', async () => {
    const many = generateContent(STORIED);
    const one = generateContent({ ...STORIED, asOneStory: true });
    expect([...one.keys()].filter((path) => path.startsWith('stories/'))).toEqual(['stories/synthetic-story.yaml']);
    const withoutStories = (files: Map<string, string>) =>
      [...files]
        .filter(([path]) => !path.startsWith('stories/'))
        .map(([path, text]) => [path, text.replace(/^stories: .*\n/m, '')]);
    expect(withoutStories(one)).toEqual(withoutStories(many));
    const entries = [...one].filter(([path]) => /^(reports|events)\//.test(path));
    expect(entries.length).toBe(400 + 60);
    expect(entries.filter(([, text]) => !/^stories: \["synthetic-story"\]$/m.test(text))).toEqual([]);
    const dir = tempDir();
    writeAll(dir, one);
    expect(await checkContent(dir)).toEqual([]);
  });

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

  it.each([
    ['one story', SMALL],
    ['many stories', STORIED],
  ])('is deterministic (%s): same options, same bytes; another seed, other content', (_, options) => {
    const first = generateContent(options);
    const second = generateContent({ ...options });
    expect([...second]).toEqual([...first]);
    const other = generateContent({ ...options, seed: 8 });
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
      expect(countIn(files, 'stories')).toBe(10);
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
    const first = cli([...smallArgs, '--stories', '3'], { CONTENT_DIR: dir });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Wrote 12 reports .* in 3 stories, 4 outlets, 6 events, 10 entities/);
    expect(existsSync(join(dir, '.synthetic'))).toBe(true);
    expect(readdirSync(join(dir, 'reports'))).toHaveLength(12);
    expect(readdirSync(join(dir, 'stories'))).toHaveLength(3);
    expect((await checkContent(dir)).filter((problem) => problem.severity === 'error')).toEqual([]);

    const again = cli(['--reports', '5', '--outlets', '3', '--events', '4', '--entities', '6'], { CONTENT_DIR: dir });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Wrote 5 reports .* in 1 story, /);
    expect(readdirSync(join(dir, 'reports'))).toHaveLength(5);
    expect(readdirSync(join(dir, 'entities'))).toHaveLength(6);
    expect(readdirSync(join(dir, 'stories'))).toHaveLength(1);
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
    [['--reports', '10', '--stories', '0', '--out', 'x'], /--stories takes a whole number of at least 1/],
    [['--reports', '10', '--out', 'x', '--colour', 'red'], /Unknown option '--colour'/],
  ])('explains misuse %j and exits non-zero', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
