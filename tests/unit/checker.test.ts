import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/checker/check-content';
import { formatProblem } from '../../src/checker/format';

const VALID = 'tests/fixtures/valid-content';
const BAD = 'tests/fixtures/bad-content';
const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the valid fixture content with the given bad files (paths under bad-content/) added. */
function contentWith(...badFiles: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  workDirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  for (const file of badFiles) cpSync(join(BAD, file), join(dir, file));
  return dir;
}

const errors = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'error');

/** The checker's "now" in these tests, so that a fixture dated 2030 stays in the future whenever they run. */
const NOW = Date.parse('2026-11-23T00:00Z');
const check = (dir: string) => checkContent(dir, { now: NOW });

// One row per problem the checker must catch: the bad file, the field named, and the message.
const cases: [file: string, field: string | undefined, message: RegExp][] = [
  [
    'stories/fixture-story.yaml',
    'soFarAsOf',
    /does not say the date it speaks for — add soFarAsOf: "YYYY-MM" \(or "YYYY-MM-DD"\), the date/,
  ],
  ['reports/missing-headline.md', 'headline', /required field is missing/],
  [
    'reports/names-probable-outlet-plainly.md',
    'caveats[0]',
    /names Fixture Paper, whose attribution is probable \(reports\/names-probable-outlet-plainly\), without saying so — write "Fixture Paper \(probable\)" or "probably Fixture Paper"/,
  ],
  ['reports/empty-summary.md', 'summary', /must not be empty/],
  ['reports/misspelled-key.md', 'heading', /unknown field — did you mean "headline"\?/],
  ['reports/impossible-date.md', 'published', /"2026-02-30" is not a calendar date/],
  ['reports/unquoted-date.md', 'published', /put the date in quotes/],
  ['reports/ambiguous-date.md', 'published', /"03\/02\/2026" is not a date in a form we accept/],
  ['reports/datetime-without-offset.md', 'published', /has no time zone: add "Z" for UTC or an offset/],
  ['reports/updated-before-published.md', 'updated', /earlier than published \(2026-02-16T15:45Z\)/],
  [
    'reports/covers-later-event.md',
    'events[0]',
    /covers "later-summit", dated 2026-03-01, after the report was published .*planned: true/,
  ],
  [
    'reports/unknown-source.md',
    'source',
    /unknown outlet "wyre" — did you mean "wire"\? Add .*sources\/wyre\.yaml or fix the id/,
  ],
  ['reports/unknown-event.md', 'events[0]', /unknown event "tallks" — did you mean "talks"\?/],
  ['events/unknown-entity.yaml', 'entities[0]', /unknown entity "nobody"/],
  ['events/backwards-range.yaml', 'end', /ends before it begins/],
  ['reports/duplicate-url.md', 'url', /same article as .*valid-report\.md/],
  ['reports/non-http-url.md', 'url', /full http\(s\) address/],
  ['reports/Valid Report.md', undefined, /same id "valid-report" as .*valid-report\.md/],
  ['reports/notes.txt', undefined, /not read by the site: reports\/ takes only \.md files/],
  ['sources/broken-yaml.yaml', undefined, /broken YAML/],
  [
    'claims/history-out-of-order.yaml',
    'history[1].date',
    /is dated 2026-02-03, before the status it follows \(2026-02-10\)/,
  ],
  ['claims/unknown-history-outlet.yaml', 'history[0].outlet', /unknown outlet "wyre" — did you mean "wire"\?/],
  ['claims/outlet-and-entity.yaml', 'history[0]', /exactly one of `outlet` or `entity`/],
  [
    'reports/missing-mentions-response.md',
    'claims[0]',
    /carries "talks-held", which was denied \(2026-02-05\) .* add "mentionsResponse: true" or "false"/,
  ],
  [
    'reports/mentions-response-before-any.md',
    'claims[0].mentionsResponse',
    /response to "talks-held", but the claim had none by then \(published 2026-02-03\) — remove "mentionsResponse"/,
  ],
  [
    'reports/published-after-later-event.md',
    'publishedAfter',
    /followed "later-summit", dated 2026-03-01, but it was published before \(2026-02\)/,
  ],
  ['entities/Trade Minister.yaml', undefined, /rename "Trade Minister\.yaml" to "trade-minister\.yaml"/],
  ['claims/on-record-without-claimant.yaml', 'basis', /is "on-record", so the claim needs a "claimant"/],
  [
    'claims/claimant-not-on-record.yaml',
    'claimant',
    /basis is "unnamed-sources" .* remove "claimant", or set "basis: on-record"/,
  ],
  [
    'claims/starts-with-response.yaml',
    'history[0].status',
    /is "denied", but the history starts with how the claim was made/,
  ],
  ['claims/reported-again.yaml', 'history[1].status', /is "reported", which only the first entry can be/],
  [
    'claims/on-record-on-unnamed-sources.yaml',
    'history[0].status',
    /is "on-record", but the basis is "unnamed-sources"/,
  ],
  [
    'reports/placeholder-left-in.md',
    'summary',
    /still holds a placeholder \("TODO: …"\) — write it in our own words, or keep the report a draft \("draft: true"\)/,
  ],
  [
    'sources/placeholder-description.yaml',
    'description',
    /still holds a placeholder \("TODO: …"\) — write it in our own words$/,
  ],
  [
    'reports/published-in-the-future.md',
    'published',
    /is 2030-01-01, after now \(2026-11-23T00:00Z\) — fix the date, or add "scheduled: true" to hold the report back until then/,
  ],
  ['reports/duplicate-url-http-www.md', 'url', /same article as .*valid-report\.md/],
  [
    'reports/far-off-names.md',
    'source',
    /unknown outlet "reuters" — no known id is close \(nearest: [^)]+\)\. Add .*sources\/reuters\.yaml or fix the id/,
  ],
];

const warnings = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'warning');

// Problems that do not stop a build: the bad file, the field named, and the message.
const warningCases: [file: string, field: string, message: RegExp][] = [
  [
    'reports/published-after-on-a-day.md',
    'publishedAfter',
    /adds nothing to a report dated 2026-02-12, which is known to the day — remove "publishedAfter"/,
  ],
  [
    'reports/tags-unmentioned-entity.md',
    'entities[0]',
    /tags "chief-executive" \(Pat Example\), but neither its name nor an alias appears .* say in the digest why it matters, or remove the tag/,
  ],
  [
    'reports/names-untagged-entity.md',
    'entities',
    /^names Pat Example \("Pat Example"\) in the summary or the digest but does not tag it — add chief-executive to entities/,
  ],
  [
    'reports/absurd-lengths.md',
    'headline',
    /^is 2,000 characters long, more than 200 — is it the headline alone, pasted once\?/,
  ],
  [
    'reports/absurd-lengths.md',
    'summary',
    /^is 727 characters long, more than 600 — keep the summary to one or two sentences/,
  ],
];

describe('the content checker', () => {
  it('finds nothing wrong with valid content', async () => {
    expect(await checkContent(VALID)).toEqual([]);
  });

  it('finds nothing wrong with the real content', async () => {
    expect(errors(await checkContent('content'))).toEqual([]);
  });

  it.each(cases)('reports %s, naming the file and the field', async (file, field, message) => {
    const dir = contentWith(file);
    const found = errors(await check(dir));
    expect(found.length).toBeGreaterThan(0);
    const problem = found.find((candidate) => candidate.file === join(dir, file) && message.test(candidate.message));
    expect(problem, `no problem matching ${message} in:\n${found.map(formatProblem).join('\n')}`).toBeDefined();
    expect(problem!.field).toBe(field);
    // A missing top-level field is placed on the file's first line; every other field on its own.
    if (field) expect(problem!.line).toBeGreaterThan(file.startsWith('stories/') ? 0 : 1);
  });

  it.each(warningCases)('warns about %s without failing, naming the field', async (file, field, message) => {
    const dir = contentWith(file);
    const problems = await check(dir);
    expect(errors(problems)).toEqual([]);
    const problem = warnings(problems).find(
      (candidate) => candidate.file === join(dir, file) && message.test(candidate.message),
    );
    expect(problem, `no warning matching ${message} in:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
    expect(problem!.field).toBe(field);
    expect(problem!.line).toBeGreaterThan(1);
  });

  it('names the rename for an entity file whose name is not its id, and nothing else', async () => {
    const dir = contentWith();
    rmSync(join(dir, 'entities/chief-executive.yaml'));
    cpSync(join(BAD, 'entities/Chief Executive.yaml'), join(dir, 'entities/Chief Executive.yaml'));
    const found = errors(await checkContent(dir));
    expect(found.map(formatProblem)).toEqual([
      `✗ ${join(dir, 'entities/Chief Executive.yaml')} is named differently from its id "chief-executive" — rename "Chief Executive.yaml" to "chief-executive.yaml"`,
    ]);
  });

  it('asks nothing about responses of a claim made on the record, which is not a response', async () => {
    const dir = contentWith();
    writeFileSync(
      join(dir, 'reports/carries-on-record-claim.md'),
      '---\nheadline: "Carries what Pat Example said"\nsource: paper\nattribution: confirmed\npublished: "2026-02-12"\nadded: "2026-11-22"\n' +
        'language: en\nsummary: "A fixture."\nclaims:\n  - claim: talks-were-useful\nstories: [fixture-story]\n---\nA fixture digest.\n',
    );
    expect(await checkContent(dir)).toEqual([]);
  });

  it('gives the line of a YAML syntax error', async () => {
    const dir = contentWith('sources/broken-yaml.yaml');
    const [problem] = errors(await checkContent(dir));
    expect(problem.line).toBe(3);
  });

  it('reports every problem of a file with several at once', async () => {
    const dir = contentWith('reports/several-problems.md');
    const fields = errors(await checkContent(dir)).map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining(['headline', 'published', 'source', 'attribution', 'cites[0]', 'draft']),
    );
  });

  it('reports the problems of all bad files in one run', async () => {
    const dir = contentWith(...cases.map(([file]) => file), 'reports/several-problems.md');
    const found = errors(await check(dir));
    for (const [file, , message] of cases) {
      expect(
        found.some((problem) => problem.file === join(dir, file) && message.test(problem.message)),
        file,
      ).toBe(true);
    }
    // Every bad file, the one with several problems, and the valid report its duplicates collide with.
    expect(new Set(found.map((problem) => problem.file)).size).toBe(cases.length + 2);
  });

  it('places a probable outlet named plainly in the digest on its line, and accepts it marked', async () => {
    const dir = contentWith('reports/names-probable-outlet-plainly.md');
    const found = errors(await check(dir)).filter((problem) =>
      problem.file.endsWith('names-probable-outlet-plainly.md'),
    );
    expect(found.map(({ field, line }) => [field, line])).toEqual([
      ['caveats[0]', 10],
      [undefined, 15],
    ]);
  });

  describe('placeholders', () => {
    it('refuses the placeholder in the digest of a report that is not a draft, on the line it is on', async () => {
      const dir = contentWith('reports/placeholder-left-in.md');
      const found = errors(await check(dir)).filter(
        (problem) => problem.file === join(dir, 'reports/placeholder-left-in.md'),
      );
      expect(found.map(({ field, line, message }) => ({ field, line, message }))).toEqual([
        {
          field: 'summary',
          line: 8,
          message:
            'still holds a placeholder ("TODO: …") — write it in our own words, or keep the report a draft ("draft: true")',
        },
        {
          field: undefined,
          line: 14,
          message:
            'the digest still holds a placeholder ("TODO: …") — write it in our own words, or keep the report a draft ("draft: true")',
        },
      ]);
    });

    it('accepts the placeholder in a draft, which is never published', async () => {
      const dir = contentWith();
      const text = readFileSync(join(BAD, 'reports/placeholder-left-in.md'), 'utf8').replace(
        'cites: []\n',
        'cites: []\ndraft: true\n',
      );
      writeFileSync(join(dir, 'reports/placeholder-left-in.md'), text);
      expect(await check(dir)).toEqual([]);
    });

    it('finds a "TODO:" in any text field of any collection, and in no other word', async () => {
      const dir = contentWith();
      writeFileSync(
        join(dir, 'events/todo.yaml'),
        'stories: [fixture-story]\ntitle: "Talks"\ndate: "2026-02"\nkind: meeting\nsummary: "Talks. TODO: who attended?"\n',
      );
      writeFileSync(
        join(dir, 'entities/todo-list.yaml'),
        'name: "TODO Mundo"\nkind: company\nrole: "Todo: a fixture whose name is a Portuguese word"\n',
      );
      const found = errors(await check(dir));
      expect(found.map(({ file, field }) => `${file.slice(dir.length)} ${field}`)).toEqual([
        '/events/todo.yaml summary',
      ]);
    });
  });

  describe('dates after now', () => {
    it('accepts a report dated after now when it is scheduled', async () => {
      const dir = contentWith();
      cpSync('tests/fixtures/scheduled-report.md', join(dir, 'reports/scheduled-report.md'));
      expect(await check(dir)).toEqual([]);
    });

    it('accepts the same report once its date has begun somewhere, and a draft at any time', async () => {
      const dir = contentWith('reports/published-in-the-future.md');
      // 1 January 2030 begins at UTC+14, ten hours before it begins in UTC.
      expect(await checkContent(dir, { now: Date.parse('2029-12-31T10:00Z') })).toEqual([]);
      expect(errors(await checkContent(dir, { now: Date.parse('2029-12-31T09:59Z') }))).toHaveLength(1);
      const draft = readFileSync(join(dir, 'reports/published-in-the-future.md'), 'utf8').replace(
        '---\nA fixture',
        'draft: true\n---\nA fixture',
      );
      writeFileSync(join(dir, 'reports/published-in-the-future.md'), draft);
      expect(await check(dir)).toEqual([]);
    });

    it('takes "now" from the current time by default', async () => {
      const dir = contentWith('reports/published-in-the-future.md');
      const problems = await checkContent(dir);
      // Until 2030, the fixture is in the future; from then on it is not.
      expect(errors(problems).length).toBe(Date.now() < Date.parse('2029-12-31T10:00Z') ? 1 : 0);
    });
  });

  it('suggests no far-off id or field, listing the nearest known ids instead', async () => {
    const dir = contentWith('reports/far-off-names.md');
    const found = errors(await check(dir))
      .map(formatProblem)
      .join('\n');
    expect(found).toMatch(
      /source: unknown outlet "reuters" — no known id is close \(nearest: paper, wire\)\. Add .*sources\/reuters\.yaml or fix the id/,
    );
    expect(found).toMatch(
      /entities\[0\]: unknown entity "no-such-person" — no known id is close \(nearest: chief-executive\)\. Add/,
    );
    expect(found).toMatch(/xyzzy: unknown field — remove it or fix its name \(fields: headline, stories, source, /);
    expect(found).not.toContain('did you mean');
  });

  it('reports a collection left empty', async () => {
    const dir = contentWith();
    rmSync(join(dir, 'sources'), { recursive: true });
    const found = errors(await checkContent(dir));
    expect(found.map((problem) => problem.message)).toContain(
      'has no outlet files: the collection is empty — add at least one .yaml file to sources/ (see docs/authoring.md)',
    );
  });

  it('reports a missing site.yaml', async () => {
    const dir = contentWith();
    rmSync(join(dir, 'site.yaml'));
    expect(
      errors(await checkContent(dir))
        .map(formatProblem)
        .join('\n'),
    ).toMatch(/site\.yaml is missing/);
  });

  it('warns about unsafe HTML in a digest without failing', async () => {
    const dir = contentWith();
    cpSync('tests/fixtures/unsafe-report.md', join(dir, 'reports/unsafe-report.md'));
    const problems = await checkContent(dir);
    expect(errors(problems)).toEqual([]);
    expect(problems.map((problem) => problem.message)).toEqual(
      expect.arrayContaining([
        '<script> element will be removed: unsafe HTML is never published',
        '<iframe> element will be removed: unsafe HTML is never published',
        'onclick attribute on <p> will be removed: unsafe HTML is never published',
        'javascript: URL in href of <a> will be removed: unsafe HTML is never published',
      ]),
    );
  });
});

describe('npm run check', { timeout: 30_000 }, () => {
  const run = (contentDir: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/check-content.ts', ...args], {
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });

  it('checks as of the date given with --now', () => {
    const dir = contentWith('reports/published-in-the-future.md');
    const before = run(dir, '--now', '2026-11-23');
    expect(before.status).toBe(1);
    expect(before.stdout).toMatch(
      /published-in-the-future\.md:\d+ published: is 2030-01-01, after now \(2026-11-23T00:00Z\)/,
    );
    const after = run(dir, '--now', '2030-01-01T09:00Z');
    expect(after.stdout).toContain('no problems');
    expect(after.status).toBe(0);
    const wrong = run(dir, '--now', 'tomorrow');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--now "tomorrow" is not a date');
  });

  it('warns about a sentence of a report close to the article given with --against, without failing', () => {
    const dir = contentWith();
    const article = join(dir, '..', `${dir.split('/').at(-1)}-article.txt`);
    writeFileSync(
      article,
      'Sources say that Pat Example held talks, according to the wire, on Tuesday in a closed room.',
    );
    workDirs.push(article);
    const report = join(dir, 'reports/valid-report.md');
    const result = run(dir, '--against', article, report);
    expect(result.stdout).toContain(
      `! ${report}:18 the digest’s sentence "Pat Example held talks, according to the wire." stays close to ${article}: ` +
        '"Sources say that Pat Example held talks, according to the wire, on Tuesday in a closed ro…" — it keeps 3 of its content words',
    );
    expect(result.stdout).toMatch(/0 error\(s\), 1 warning\(s\) in 1 file\(s\)/);
    expect(result.status).toBe(0);
  });

  it('lists the problems --against finds among the rest, by file and line', () => {
    const dir = contentWith('stories/fixture-story.yaml');
    const article = join(dir, '..', `${dir.split('/').at(-1)}-sorted-article.txt`);
    writeFileSync(article, 'Sources say that Pat Example held talks, according to the wire, on Tuesday.');
    workDirs.push(article);
    const report = join(dir, 'reports/valid-report.md');
    const lines = run(dir, '--against', article, report).stdout.split('\n');
    // reports/valid-report.md comes before stories/, though the checker found the story's problem first.
    expect(lines[0]).toMatch(/^! .*reports\/valid-report\.md:18 the digest’s sentence/);
    expect(lines[1]).toMatch(/^✗ .*stories\/fixture-story\.yaml:\d+ soFarAsOf:/);
  });

  it('explains its options for --help, and a report given without --against', () => {
    const help = run(VALID, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(
      /^Usage: npm run check -- \[--now <date>\] \[--against <article\.txt> <report\.md> \.\.\.\]/,
    );
    const alone = run(VALID, 'content/reports/x.md');
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain('name the article with --against');
  });

  it('exits 0 on valid content', () => {
    const result = run(VALID);
    expect(result.stdout).toContain('no problems');
    expect(result.status).toBe(0);
  });

  it('exits non-zero and prints file:line, field and message for each problem', () => {
    const dir = contentWith('reports/unknown-source.md', 'reports/impossible-date.md');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ .*unknown-source\.md:\d+ source: unknown outlet "wyre"/);
    expect(result.stdout).toMatch(/✗ .*impossible-date\.md:\d+ published: "2026-02-30" is not a calendar date/);
    expect(result.stdout).toMatch(/2 error\(s\), 0 warning\(s\) in 2 file\(s\)/);
  });
});
