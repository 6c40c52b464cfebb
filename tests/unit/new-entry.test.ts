import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/checker/check-content';
import { formatSuggestions, readTaggables, suggestFromText, type Taggables } from '../../src/new-entry/from-text';
import { createEntry, NewEntryError } from '../../src/new-entry/new-entry';

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
    [
      'sources',
      { name: 'Motor Weekly', homepage: 'https://motor.example/', kind: 'motoring-press', language: 'en', country: '' },
      'sources/motor-weekly.yaml',
      'description',
    ],
    ['events', { title: 'Ministers meet', date: '2026-02', kind: 'meeting' }, 'events/ministers-meet.yaml', 'summary'],
    [
      'entities',
      { name: 'Jo Bloggs', kind: 'person', role: 'Spokesperson', country: 'GB' },
      'entities/jo-bloggs.yaml',
      undefined,
    ],
    [
      'claims',
      {
        statement: 'Talks will resume in March',
        basis: 'unnamed-sources',
        claimant: '',
        brokenBy: 'paper',
        date: '2026-02-20',
      },
      'claims/talks-will-resume-in-march.yaml',
      undefined,
    ],
    [
      'claims',
      {
        statement: 'Pat Example says the talks went well',
        basis: 'on-record',
        claimant: 'chief-executive',
        brokenBy: '',
        date: '2026-02-13 or 2026-02-14',
      },
      'claims/pat-example-says-the-talks-went.yaml',
      undefined,
    ],
  ] as const)(
    'writes a valid %s file, whose only problem is any placeholder left for the editor',
    async (collection, answers, path, placeholder) => {
      const dir = freshContent();
      expect(createEntry(dir, collection, answers)).toBe(`${dir}/${path}`);
      const problems = (await checkContent(dir)).map(({ file, field, message }) => `${file} ${field}: ${message}`);
      expect(problems).toEqual(
        placeholder
          ? [`${dir}/${path} ${placeholder}: still holds a placeholder ("TODO: …") — write it in our own words`]
          : [],
      );
    },
  );

  it('starts a claim on the record, moved by its claimant, when its basis is on-record; otherwise reported by the outlet that broke it', () => {
    const dir = freshContent();
    const said = readFileSync(
      createEntry(dir, 'claims', {
        statement: 'Pat Example says yes',
        basis: 'on-record',
        claimant: 'chief-executive',
        date: '2026-02-20',
      }),
      'utf8',
    );
    expect(parse(said)).toEqual({
      statement: 'Pat Example says yes',
      basis: 'on-record',
      claimant: 'chief-executive',
      entities: [],
      events: [],
      history: [{ status: 'on-record', date: '2026-02-20', entity: 'chief-executive' }],
    });
    const reported = readFileSync(
      createEntry(dir, 'claims', {
        statement: 'Talks failed',
        basis: 'not-sourced',
        brokenBy: 'wire',
        date: '2026-02',
      }),
      'utf8',
    );
    expect(parse(reported)).toMatchObject({
      basis: 'not-sourced',
      brokenBy: 'wire',
      history: [{ status: 'reported', date: '2026-02', outlet: 'wire' }],
    });
    expect(parse(reported)).not.toHaveProperty('claimant');
  });

  it.each([
    [{ basis: 'on-record', brokenBy: 'wire' }, /basis: is "on-record", so the claim needs a "claimant"/],
    [
      { basis: 'unnamed-sources', claimant: 'chief-executive', brokenBy: 'wire' },
      /claimant: names who made the claim, but its basis is "unnamed-sources"/,
    ],
    [{ basis: 'unnamed-sources' }, /brokenBy: a claim that is not on the record needs the outlet that reported it/],
    [
      { basis: 'anonymous', brokenBy: 'wire' },
      /basis: Invalid option: expected one of "on-record"\|"unnamed-sources"\|"not-sourced"/,
    ],
  ])('refuses a claim whose sourcing does not add up: %j', (answers, message) => {
    const dir = freshContent();
    expect(() =>
      createEntry(dir, 'claims', { statement: 'Something happened', date: '2026-02-20', ...answers }),
    ).toThrow(message);
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
    expect(() => createEntry(dir, 'reports', { source: 'wire', headline: 'Taken', published: '2026-02-20' })).toThrow(
      NewEntryError,
    );
    expect(readFileSync(`${dir}/reports/wire-taken.md`, 'utf8')).toBe('precious');
  });
});

describe('suggestions from an article (new:report --from)', () => {
  const taggables: Taggables = {
    entities: [
      { id: 'ford', names: ['Ford', 'Blue Oval'] },
      { id: 'jim-farley', names: ['Jim Farley', 'Farley'] },
      { id: 'xiaomi', names: ['Xiaomi'] },
      { id: 'kia', names: ['Kia'] },
    ],
    sources: [
      { id: 'bloomberg', names: ['Bloomberg'] },
      { id: 'drive', names: ['Drive'] },
      { id: 'electrek', names: ['Electrek'] },
    ],
    events: [
      {
        id: 'scoop',
        title: 'Bloomberg reports the talks',
        date: { precision: 'day', value: '2026-02-13' },
        planned: false,
        entityIds: ['ford'],
        outletIds: ['bloomberg'],
      },
      {
        id: 'denial',
        title: 'Ford and Xiaomi deny it',
        date: { precision: 'day', value: '2026-02-02' },
        planned: false,
        entityIds: ['ford', 'xiaomi'],
        outletIds: [],
      },
      {
        id: 'talks',
        title: 'Farley meets officials',
        date: { precision: 'month', value: '2026-02' },
        planned: false,
        entityIds: ['jim-farley', 'kia'],
        outletIds: [],
      },
      {
        id: 'launch',
        title: 'Ford launches a pickup',
        date: { precision: 'year', value: '2027' },
        planned: true,
        entityIds: ['ford'],
        outletIds: [],
      },
      {
        id: 'summit',
        title: 'A summit in March',
        date: { precision: 'day', value: '2026-03-01' },
        planned: false,
        entityIds: ['ford', 'xiaomi'],
        outletIds: [],
      },
    ],
  };
  const article =
    'Ford launches a pickup, the Blue Oval said. Farley, Ford’s boss, spoke to Bloomberg after Xiaomi denied talks; ' +
    'Electrek carried the story. Drivers will drive it in 2027, and nobody mentioned kia.';

  it('suggests the entities and outlets the text names, as words and as written, and the events it probably covers', () => {
    expect(suggestFromText(article, taggables, { source: 'electrek' })).toEqual({
      entities: [
        { id: 'ford', because: '"Ford", "Blue Oval"' },
        { id: 'jim-farley', because: '"Farley"' },
        { id: 'xiaomi', because: '"Xiaomi"' },
      ],
      cites: [{ id: 'bloomberg', because: '"Bloomberg"' }],
      events: [
        { id: 'scoop', because: 'names Bloomberg, whose report it is' },
        { id: 'denial', because: 'names all of its entities (ford, xiaomi)' },
        { id: 'launch', because: 'contains its title' },
        { id: 'summit', because: 'names all of its entities (ford, xiaomi)' },
      ],
    });
  });

  it('leaves out events known to come after the report, unless planned', () => {
    const { events } = suggestFromText(article, taggables, { source: 'electrek', published: '2026-02-10' });
    expect(events.map(({ id }) => id)).toEqual(['denial', 'launch']);
  });

  it('prints the suggestions ready to copy into the frontmatter', () => {
    const text = formatSuggestions(suggestFromText('Farley spoke.', taggables), 'tmp/article.txt');
    expect(text).toBe(
      [
        'Named in tmp/article.txt (suggestions only: keep what the report is about, and say why in the digest):',
        '  entities: [jim-farley]',
        '      jim-farley: "Farley"',
        '  cites: nothing found',
        '  events: nothing found',
      ].join('\n'),
    );
  });

  it('reads names, aliases, titles and dates from the content folder', () => {
    const real = readTaggables('content');
    expect(real.entities.find(({ id }) => id === 'ford')?.names).toEqual(['Ford', 'Blue Oval']);
    expect(real.sources.find(({ id }) => id === 'bloomberg')?.names).toEqual(['Bloomberg']);
    expect(real.events.find(({ id }) => id === 'bloomberg-reports-jv-talks')).toMatchObject({
      date: { precision: 'days', value: '2026-02-13 or 2026-02-14' },
      outletIds: ['bloomberg'],
    });
    const { entities, cites, events } = suggestFromText(
      'Bloomberg says Jim Farley of Ford met Trump officials.',
      real,
      { source: 'electrek', published: '2026-02-16' },
    );
    expect(entities.map(({ id }) => id)).toEqual(expect.arrayContaining(['ford', 'jim-farley']));
    expect(cites.map(({ id }) => id)).toEqual(['bloomberg']);
    expect(events.map(({ id }) => id)).toContain('bloomberg-reports-jv-talks');
  });
});

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
