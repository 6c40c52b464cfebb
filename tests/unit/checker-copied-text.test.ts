// `npm run check -- --against article.txt <report>`: runs of eight words a digest shares with the article.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copiedTextProblems, sharedRuns, wordsOf } from '../../src/checker/copied-text';

const ARTICLE =
  'Ford Motor Co. chief executive Jim Farley has pitched Trump administration officials on a plan ' +
  'that would let Chinese carmakers build vehicles in the US through joint ventures, people familiar said.';

const dir = mkdtempSync(join(tmpdir(), 'copied-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sharedRuns', () => {
  it('reads words whatever their case or punctuation, keeping apostrophes inside words', () => {
    expect(wordsOf('Ford’s CEO — “Jim” Farley, 2026!')).toEqual(["ford's", 'ceo', 'jim', 'farley', '2026']);
  });

  it('finds each longest run of eight or more words in a row, ignoring case and punctuation', () => {
    const digest =
      'Farley, it says, has pitched Trump Administration officials on a plan that would let Chinese carmakers in.';
    expect(sharedRuns(digest, ARTICLE)).toEqual([
      { words: 'has pitched trump administration officials on a plan that would let chinese carmakers', offset: 17 },
    ]);
  });

  it('finds nothing in seven shared words, or in words the article has in another order', () => {
    expect(sharedRuns('He has pitched Trump administration officials on a deal.', ARTICLE)).toEqual([]);
    expect(sharedRuns('Officials Trump administration pitched has Farley Jim executive chief.', ARTICLE)).toEqual([]);
  });

  it('finds a run of exactly eight words at the very end of both texts, and keeps runs side by side apart', () => {
    const lastEight = 'through joint ventures, people familiar said';
    expect(sharedRuns(`Ours: vehicles in the US ${lastEight}.`, ARTICLE)).toEqual([
      { words: 'vehicles in the us through joint ventures people familiar said', offset: 6 },
    ]);
    expect(sharedRuns('in the US through joint ventures, people familiar', ARTICLE)).toEqual([
      { words: 'in the us through joint ventures people familiar', offset: 0 },
    ]);
    // Two runs side by side in our text, from different places in the article, stay two runs.
    const sideBySide =
      'Ford Motor Co. chief executive Jim Farley has the US through joint ventures, people familiar said.';
    expect(sharedRuns(sideBySide, ARTICLE).map(({ words }) => words)).toEqual([
      'ford motor co chief executive jim farley has',
      'the us through joint ventures people familiar said',
    ]);
  });

  it('reports two separate copied passages separately', () => {
    const digest = `${ARTICLE.slice(0, 80)} — and then, later: build vehicles in the US through joint ventures, people familiar said.`;
    expect(sharedRuns(digest, ARTICLE)).toHaveLength(2);
  });
});

describe('copiedTextProblems', () => {
  it('warns for the summary and for the digest, on their lines, quoting the run', () => {
    const report = join(dir, 'copied.md');
    writeFileSync(
      report,
      '---\nheadline: "H"\nsummary: "Jim Farley has pitched Trump administration officials on a plan, Bloomberg says."\n---\n' +
        'Our words first.\n\nThe outlet says it would let Chinese carmakers build vehicles in the US.\n',
    );
    expect(copiedTextProblems(report, ARTICLE, 'tmp/article.txt')).toEqual([
      {
        severity: 'warning',
        file: report,
        line: 3,
        field: 'summary',
        message:
          'shares 10 words in a row with tmp/article.txt: "jim farley has pitched trump administration officials on a plan" — say it in our own words (a short quotation of a named person may stay, in quotation marks)',
      },
      {
        severity: 'warning',
        file: report,
        line: 7,
        field: undefined,
        message:
          'the digest shares 9 words in a row with tmp/article.txt: "would let chinese carmakers build vehicles in the us" — say it in our own words (a short quotation of a named person may stay, in quotation marks)',
      },
    ]);
  });

  it('names a report without frontmatter, and skips a summary that is not text', () => {
    const bare = join(dir, 'bare.md');
    writeFileSync(bare, 'No frontmatter here.\n');
    expect(copiedTextProblems(bare, ARTICLE, 'article.txt')).toEqual([
      {
        severity: 'error',
        file: bare,
        line: 1,
        message: 'no frontmatter: start the file with a line "---", the fields, then "---"',
      },
    ]);
    const listed = join(dir, 'listed.md');
    writeFileSync(listed, '---\nsummary: [has pitched Trump administration officials on a plan that]\n---\nOurs.\n');
    expect(copiedTextProblems(listed, ARTICLE, 'article.txt')).toEqual([]);
  });

  it('says nothing about a digest in our own words, and names a missing report file', () => {
    const report = join(dir, 'own-words.md');
    writeFileSync(
      report,
      '---\nsummary: "Farley proposed joint ventures."\n---\nFord’s chief wants Chinese partners to build cars in America.\n',
    );
    expect(copiedTextProblems(report, ARTICLE, 'a.txt')).toEqual([]);
    expect(copiedTextProblems(join(dir, 'missing.md'), ARTICLE, 'a.txt')[0]).toMatchObject({
      severity: 'error',
      message: /no such file/,
    });
  });
});
