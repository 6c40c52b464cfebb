// The `new:*` commands' functions, in process: the entries they write, what they refuse, the usage they print and
// the tags they suggest from an article. The commands themselves, run as an editor runs them, are in
// new-entry-cli.test.ts.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/checker/check-content';
import { PLACEHOLDER } from '../../src/checker/rules/placeholders';
import type { CollectionName } from '../../src/lib/collections';
import { formatSuggestions, readTaggables, suggestFromText, type Taggables } from '../../src/new-entry/from-text';
import {
  COMMANDS,
  createEntry,
  EXTRA_FLAGS,
  isCollection,
  NewEntryError,
  QUESTIONS,
  usage,
} from '../../src/new-entry/new-entry';

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

  it('files an entry under the one story a site follows, under the story given, and under none when it cannot tell', async () => {
    const dir = freshContent();
    const event = (title: string, story?: string) =>
      parse(
        readFileSync(
          createEntry(dir, 'events', { title, date: '2026-02', kind: 'meeting', ...(story && { story }) }),
          'utf8',
        ),
      ) as { stories: string[] };
    expect(event('One story').stories).toEqual(['fixture-story']);
    createEntry(dir, 'stories', { title: 'Port strike', description: 'Dockers walk out.' });
    expect(event('Two stories, one named', 'port-strike').stories).toEqual(['port-strike']);
    expect(event('Two stories, none named').stories).toEqual([]);
    expect(await checkContent(dir)).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/events\/two-stories-none-named\.yaml$/),
        field: 'stories',
      }),
    );
    expect(() => event('Unknown story', 'no-such-story')).toThrow(/unknown story "no-such-story"/);
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
      stories: ['fixture-story'],
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

/** An editor's answers to each collection's questions (claims: one made on the record, one reported). */
const ANSWERS: Record<CollectionName, Record<string, string>[]> = {
  stories: [{ title: 'Port strike', description: 'Dockers walk out over automation.', started: '2026-03' }],
  reports: [{ source: 'wire', headline: 'Talks resume', published: '2026-02-20', url: 'https://wire.example/resume' }],
  sources: [
    { name: 'Motor Weekly', homepage: 'https://motor.example/', kind: 'motoring-press', language: 'en', country: 'US' },
  ],
  events: [{ title: 'Ministers meet', date: '2026-02', kind: 'meeting' }],
  claims: [
    {
      statement: 'Pat Example says yes',
      basis: 'on-record',
      claimant: 'chief-executive',
      brokenBy: '',
      date: '2026-02',
    },
    { statement: 'Talks failed', basis: 'unnamed-sources', claimant: '', brokenBy: 'paper', date: '2026-02-20' },
  ],
  entities: [{ name: 'Jo Bloggs', kind: 'person', role: 'Spokesperson', country: 'GB' }],
};
const COLLECTION_NAMES = Object.keys(ANSWERS) as CollectionName[];
/** The data of a written file (a report's frontmatter). */
const dataOf = (file: string) =>
  parse(
    readFileSync(file, 'utf8')
      .split('---\n')
      .at(file.endsWith('.md') ? 1 : 0)!,
  );
/** The message of what `run` throws. */
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof NewEntryError ? `NewEntryError: ${error.message}` : String(error);
  }
  return 'nothing thrown';
};

describe('the questions asked', () => {
  it.each(COLLECTION_NAMES)('are the fields a %s entry is written from, each answer stored as given', (collection) => {
    for (const sample of ANSWERS[collection]) {
      const answers = Object.fromEntries(QUESTIONS[collection].map(({ field }) => [field, sample[field] ?? '']));
      const data = dataOf(createEntry(freshContent(), collection, answers));
      // A claim's date is that of its first status.
      const stored = collection === 'claims' ? { ...data, date: data.history[0].date } : data;
      for (const [field, value] of Object.entries(sample)) expect(stored[field]).toBe(value === '' ? undefined : value);
    }
  });

  it.each(COLLECTION_NAMES)('may leave a question of %s marked optional unanswered', (collection) => {
    for (const { field } of QUESTIONS[collection].filter(({ optional }) => optional)) {
      const written = ANSWERS[collection].filter((sample) => {
        try {
          return Boolean(createEntry(freshContent(), collection, { ...sample, [field]: '' }));
        } catch {
          return false;
        }
      });
      expect(written.length, field).toBeGreaterThan(0);
    }
  });

  it.each([
    ['stories', 'new:story', ['title', 'description'], ['started', 'id']],
    ['reports', 'new:report', ['source', 'headline', 'published'], ['url', 'story', 'id', 'from']],
    ['sources', 'new:source', ['name', 'homepage', 'kind', 'language'], ['country', 'id']],
    ['events', 'new:event', ['title', 'date', 'kind'], ['story', 'id']],
    ['claims', 'new:claim', ['statement', 'basis', 'date'], ['claimant', 'brokenBy', 'story', 'id']],
    ['entities', 'new:entity', ['name', 'kind', 'role'], ['country', 'id']],
  ] as const)(
    'are listed by --help for %s (npm run %s): required %j, optional %j, each with its question',
    (collection, command, required, optional) => {
      const [first, blank, ...rest] = usage(collection).split('\n');
      expect([first, blank]).toEqual([`Usage: npm run ${command} -- [--field value ...]`, '']);
      expect(COMMANDS[collection]).toBe(command);
      const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
      expect(scripts[command]).toBe(`tsx scripts/new-entry.ts ${collection}`);
      const flags = rest.slice(0, -2).map((line) => /^ {2}--(\w+) +(.+?)( \(required\))?$/.exec(line));
      expect(flags.filter((flag) => flag?.[3]).map((flag) => flag![1])).toEqual(required);
      expect(flags.filter((flag) => flag && !flag[3]).map((flag) => flag![1])).toEqual(optional);
      for (const flag of flags) expect(flag![2]).toMatch(/^[A-Z].{8,}/);
      expect(rest.slice(-2)).toEqual([
        '',
        'Answers not given as flags are asked for when run in a terminal. Nothing is overwritten.',
      ]);
    },
  );

  it('aligns the questions of --help in one column', () => {
    expect(usage('reports')).toBe(
      [
        'Usage: npm run new:report -- [--field value ...]',
        '',
        '  --source     Outlet id (a file in content/sources/) (required)',
        '  --headline   Headline, exactly as the outlet wrote it (required)',
        '  --published  Published (2026-02, 2026-02-16 or 2026-02-16T15:45Z) (required)',
        '  --url        Original address (leave empty if not known)',
        '  --story      Story id (a file in content/stories/; leave empty when the site follows one)',
        '  --id         File name without extension (default: made from the answers)',
        `  --from       ${EXTRA_FLAGS.reports[0]!.prompt}`,
        '',
        'Answers not given as flags are asked for when run in a terminal. Nothing is overwritten.',
      ].join('\n'),
    );
  });

  it('know the collections by their folder names only', () => {
    expect(COLLECTION_NAMES.filter(isCollection)).toEqual(COLLECTION_NAMES);
    expect(['report', 'Reports', '', 'site'].filter(isCollection)).toEqual([]);
  });
});

describe('the files written', () => {
  it('writes a report as a draft added on the day it is written (in UTC), with a digest to write', () => {
    const dir = freshContent();
    const file = createEntry(dir, 'reports', ANSWERS.reports[0]!, undefined, Date.UTC(2026, 1, 20, 23, 30));
    expect(readFileSync(file, 'utf8')).toBe(
      [
        '---',
        'headline: "Talks resume"',
        'source: "wire"',
        'stories:',
        '  - "fixture-story"',
        'attribution: "confirmed"',
        'published: "2026-02-20"',
        'added: "2026-02-20"',
        'url: "https://wire.example/resume"',
        'language: "en"',
        `summary: "${PLACEHOLDER}"`,
        'events: []',
        'entities: []',
        'cites: []',
        'draft: true',
        '---',
        `${PLACEHOLDER} The digest: what the report says, whom it attributes it to, and its angle.`,
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['sources', { description: PLACEHOLDER }],
    ['stories', { status: 'developing', soFar: [PLACEHOLDER] }],
    ['events', { stories: ['fixture-story'], summary: PLACEHOLDER, entities: [] }],
    ['entities', { aliases: [] }],
  ] as const)('writes a %s file of the answers, plus what the editor adds by hand', (collection, added) => {
    const answers = ANSWERS[collection][0]!;
    const text = readFileSync(createEntry(freshContent(), collection, answers), 'utf8');
    expect(text).not.toContain('---');
    expect(parse(text)).toEqual({ ...answers, ...added });
  });

  it('uses the id it is given, and refuses one that is not lower-case words and hyphens', () => {
    const dir = freshContent();
    expect(createEntry(dir, 'entities', ANSWERS.entities[0]!, 'jo-bloggs-2')).toBe(`${dir}/entities/jo-bloggs-2.yaml`);
    expect(thrown(() => createEntry(dir, 'entities', ANSWERS.entities[0]!, 'Jo Bloggs'))).toBe(
      'NewEntryError: "Jo Bloggs" is not a usable id: use lower-case words and hyphens',
    );
  });

  it('says which file exists already, and passes on any other failure to write unchanged', () => {
    const dir = freshContent();
    const file = createEntry(dir, 'entities', ANSWERS.entities[0]!);
    expect(thrown(() => createEntry(dir, 'entities', ANSWERS.entities[0]!))).toBe(
      `NewEntryError: ${file} already exists: nothing was changed. Choose another id with --id.`,
    );
    rmSync(join(dir, 'entities'), { recursive: true });
    expect(thrown(() => createEntry(dir, 'entities', ANSWERS.entities[0]!))).toMatch(/^Error: ENOENT/);
  });
});

describe('answers that do not make an entry', () => {
  it.each([
    ['reports', 'headline', '  headline: required field is missing'],
    ['events', 'title', '  title: required field is missing'],
    ['entities', 'name', '  name: required field is missing'],
    ['sources', 'name', '  name: required field is missing'],
    ['claims', 'statement', '  statement: required field is missing'],
  ] as const)('refuses a %s without its %s, naming it', (collection, field, message) => {
    const { [field]: _, ...answers } = ANSWERS[collection][0]!;
    expect(thrown(() => createEntry(freshContent(), collection, answers))).toMatch(
      new RegExp(`^NewEntryError: not written, because:\\n${message}`),
    );
  });

  it('refuses a report without an outlet, listing the known ones in order', () => {
    const dir = freshContent();
    // listed after wire-service.yaml, as "-" sorts before "."
    cpSync(`${dir}/sources/wire.yaml`, `${dir}/sources/wire-service.yaml`);
    const { source: _, ...answers } = ANSWERS.reports[0]!;
    expect(thrown(() => createEntry(dir, 'reports', answers))).toBe(
      'NewEntryError: unknown outlet "". Known outlets: paper, wire, wire-service. Add one first with "npm run new:source".',
    );
  });

  it.each([
    [
      { basis: 'on-record', brokenBy: 'wire' },
      [
        'basis: is "on-record", so the claim needs a "claimant": add the id of the person or body who made it (a file in content/entities/), or change the basis',
      ],
    ],
    [
      { basis: 'unnamed-sources', claimant: 'chief-executive', brokenBy: 'wire' },
      [
        'claimant: names who made the claim, but its basis is "unnamed-sources" (unnamed sources) — remove "claimant", or set "basis: on-record"',
      ],
    ],
    [
      { basis: 'unnamed-sources' },
      [
        'brokenBy: a claim that is not on the record needs the outlet that reported it (a file in content/sources/) — give --brokenBy',
      ],
    ],
    [
      { basis: 'anonymous' },
      [
        'basis: Invalid option: expected one of "on-record"|"unnamed-sources"|"not-sourced"',
        'history[0]: name who moved the claim: exactly one of `outlet` or `entity`',
      ],
    ],
  ])('explains who made or broke a claim before the schema does: %j', (answers, problems) => {
    const dir = freshContent();
    expect(
      thrown(() => createEntry(dir, 'claims', { statement: 'Something happened', date: '2026-02-20', ...answers })),
    ).toBe(`NewEntryError: not written, because:\n  ${problems.join('\n  ')}`);
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

describe('what an article is read for', () => {
  it('reads names and aliases, titles, dates and tags as written, skipping empty ones and files it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'taggables-'));
    dirs.push(dir);
    const files: Record<string, string> = {
      'entities/ford.yaml': 'name: Ford\naliases: [Blue Oval, "", "  ", 7]\n',
      'entities/odd.yaml': 'name: 42\naliases: One alias\n',
      'entities/broken.yaml': 'name: [unclosed\n',
      'entities/sentence.yaml': 'just a sentence\n',
      'sources/bloomberg.yaml': 'name: Bloomberg\n',
      'sources/nameless.yaml': 'homepage: https://nameless.example/\n',
      'events/dated.yaml':
        'title: Talks\ndate: "2026-02-13 or 2026-02-14"\nplanned: true\nentities: [ford, ""]\noutlets: bloomberg\n',
      'events/untitled.yaml': 'title: ""\ndate: sometime\nplanned: "yes"\n',
      'events/numbered.yaml': 'title: [Numbered, Second]\ndate: 2026\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    expect(readTaggables(dir)).toEqual({
      entities: [
        { id: 'ford', names: ['Ford', 'Blue Oval'] },
        { id: 'odd', names: ['One alias'] },
      ],
      sources: [
        { id: 'bloomberg', names: ['Bloomberg'] },
        { id: 'nameless', names: [] },
      ],
      events: [
        {
          id: 'dated',
          title: 'Talks',
          date: { precision: 'days', value: '2026-02-13 or 2026-02-14' },
          planned: true,
          entityIds: ['ford'],
          outletIds: ['bloomberg'],
        },
        { id: 'numbered', title: 'Numbered', date: undefined, planned: false, entityIds: [], outletIds: [] },
        { id: 'untitled', title: 'untitled', date: undefined, planned: false, entityIds: [], outletIds: [] },
      ],
    });
  });

  it('finds a name with punctuation only as written', () => {
    const taggables: Taggables = {
      entities: [
        { id: 'eon', names: ['E.ON'] },
        { id: 'punctuated', names: ['a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o'] },
      ],
      sources: [],
      events: [],
    };
    expect(suggestFromText('E.ON and a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o.', taggables).entities).toEqual([
      { id: 'eon', because: '"E.ON"' },
      { id: 'punctuated', because: '"a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o"' },
    ]);
    expect(suggestFromText('EXON and l[m]n\\o', taggables).entities).toEqual([]);
  });

  it('suggests an event by all of its outlets named, by two or more entities all named, never by one; undated ones always', () => {
    const taggables: Taggables = {
      entities: [
        { id: 'ford', names: ['Ford'] },
        { id: 'xiaomi', names: ['Xiaomi'] },
      ],
      sources: [
        { id: 'bloomberg', names: ['Bloomberg', 'Bloomberg News'] },
        { id: 'electrek', names: ['Electrek'] },
      ],
      events: [
        { id: 'relayed', title: 'A scoop', planned: false, entityIds: [], outletIds: ['bloomberg', 'electrek'] },
        { id: 'undated', title: 'Talks', planned: false, entityIds: ['ford', 'xiaomi'], outletIds: [] },
        { id: 'one-entity', title: 'Xiaomi alone', planned: false, entityIds: ['xiaomi'], outletIds: [] },
        {
          id: 'later',
          title: 'Later talks',
          date: { precision: 'day', value: '2026-03-01' },
          planned: false,
          entityIds: ['ford', 'xiaomi'],
          outletIds: [],
        },
      ],
    };
    const text = 'Bloomberg and Electrek say Ford met Xiaomi.';
    const events = (published?: string) =>
      suggestFromText(text, taggables, { source: 'electrek', published }).events.map(({ id }) => id);
    expect(suggestFromText(text, taggables, { source: 'electrek' }).events).toEqual([
      { id: 'relayed', because: 'names Bloomberg, Electrek, whose report it is' },
      { id: 'undated', because: 'names all of its entities (ford, xiaomi)' },
      { id: 'later', because: 'names all of its entities (ford, xiaomi)' },
    ]);
    expect(events('2026-02-20')).toEqual(['relayed', 'undated']);
    // A publication date that is not one leaves nothing out.
    expect(events('soon')).toEqual(['relayed', 'undated', 'later']);
  });

  it('prints every suggestion of a section, with why', () => {
    const text = formatSuggestions(
      {
        entities: [
          { id: 'ford', because: '"Ford"' },
          { id: 'xiaomi', because: '"Xiaomi"' },
        ],
        cites: [{ id: 'bloomberg', because: '"Bloomberg"' }],
        events: [{ id: 'talks', because: 'contains its title' }],
      },
      'article.txt',
    );
    expect(text).toBe(
      [
        'Named in article.txt (suggestions only: keep what the report is about, and say why in the digest):',
        '  entities: [ford, xiaomi]',
        '      ford: "Ford"',
        '      xiaomi: "Xiaomi"',
        '  cites: [bloomberg]',
        '      bloomberg: "Bloomberg"',
        '  events: [talks]',
        '      talks: contains its title',
      ].join('\n'),
    );
  });
});
