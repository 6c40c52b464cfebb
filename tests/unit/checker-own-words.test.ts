// `npm run check -- --against article.txt <report>`: sentences of ours that stay close to one of the article's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  capitalisedWords,
  closeness,
  closeSentences,
  MIN_CLOSENESS,
  ownWordsProblems,
  reworked,
  RUN,
  sentencesOf,
  similarity,
  tokensOf,
} from '../../src/checker/own-words';

const ARTICLE =
  'Ford Motor Co. chief executive Jim Farley has pitched Trump administration officials on a plan ' +
  'that would let Chinese carmakers build vehicles in the US through joint ventures, people familiar said. ' +
  'Unnamed officials involved in the talks described the discussions as preliminary, with no formal agreement ' +
  'or arrangement agreed upon at this stage. In recent weeks, a report by the Financial Times claimed Ford wanted ' +
  'to help Chinese smartphone giant-turned-EV-producer Xiaomi enter the US market.';

const dir = mkdtempSync(join(tmpdir(), 'own-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Our sentences that the measure flags against the article, with why. */
const flagged = (ours: string, article = ARTICLE) => closeSentences(ours, article).map(({ ours, why }) => [ours, why]);

describe('sentences and words', () => {
  it('splits at sentence ends and line ends, not after "U.S." or "Co."', () => {
    expect(
      sentencesOf('Ford Motor Co. met U.S. officials. They talked!\n"Fine," he said; no deal yet').map(
        ({ text }) => text,
      ),
    ).toEqual(['Ford Motor Co. met U.S. officials.', 'They talked!', '"Fine," he said;', 'no deal yet']);
  });

  it('tells names, figures, quotations, function words and content words apart', () => {
    const names = capitalisedWords('Officials met Ford.', 'Unnamed officials met Ford.');
    const tokens = tokensOf('Unnamed officials said Ford’s $5 billion plan was "completely false".', names);
    expect(tokens.map(({ kind, form }) => `${kind}:${form}`)).toEqual([
      'c:unnam',
      'c:offici',
      'f:said',
      'n:ford',
      'n:5',
      'n:billion',
      'c:plan',
      'f:was',
      'q:completely',
      'q:false',
    ]);
  });
});

describe('the measure', () => {
  it('flags a sentence of the article reworked with synonyms, by its words, order and build', () => {
    const ours = 'Unnamed officials in the talks called them preliminary.';
    const names = capitalisedWords(ours, ARTICLE);
    const found = similarity(tokensOf(ours, names), tokensOf(sentencesOf(ARTICLE)[1].text, names));
    expect(found).toMatchObject({ shared: 4, cover: 0.8, order: 0.8 });
    expect(closeness(found)).toBeGreaterThanOrEqual(MIN_CLOSENESS);
    expect(reworked(found)).toBe('reworded');
    expect(flagged(ours)).toEqual([[ours, 'reworded']]);
  });

  it('compares a clause on its own, so that our framing around it does not hide it', () => {
    const ours =
      'The wire has more to say about the money, the plants and the people involved: unnamed officials in the talks called them preliminary.';
    const names = capitalisedWords(ours, ARTICLE);
    const whole = similarity(tokensOf(ours, names), tokensOf(sentencesOf(ARTICLE)[1].text, names));
    expect(reworked(whole)).toBeUndefined();
    expect(flagged(ours)).toEqual([[ours, 'reworded']]);
  });

  it('flags a coinage of the article carried over without its hyphens', () => {
    const ours = 'The FT said Ford wanted to help Xiaomi, the phone giant turned EV maker, build cars in the US.';
    expect(flagged(ours)).toEqual([[ours, 'coinage']]);
    const [close] = closeSentences(ours, ARTICLE);
    expect(close.similarity.coinage).toEqual(['giant', 'turned', 'EV']);
  });

  it(`flags ${RUN} content words in a row, function words and names between them aside`, () => {
    const ours = 'Farley wants to let Chinese carmakers build vehicles here.';
    expect(flagged(ours)).toEqual([[ours, 'run']]);
    expect(flagged('Farley wants Chinese carmakers to build here.')).toEqual([]);
  });

  it('passes honest paraphrase that keeps the names and figures', () => {
    const honest = [
      'Officials taking part said the talks were at an early stage.',
      'Farley asked the administration to let Chinese firms make cars in America with US partners.',
      'The FT said Ford had held talks with Xiaomi; Ford denied it.',
      'Xiaomi, which began as a phone maker, was named as the partner Ford had in mind.',
    ];
    expect(flagged(honest.join(' '))).toEqual([]);
  });

  it('does not count words inside quotation marks, which are the article’s said so', () => {
    expect(flagged('They said the talks were "described the discussions as preliminary".')).toEqual([]);
  });
});

describe('ownWordsProblems', () => {
  it('warns for the summary and for each sentence of the digest, on their lines, quoting both sentences', () => {
    const report = join(dir, 'close.md');
    writeFileSync(
      report,
      '---\nheadline: "H"\nsummary: "Unnamed officials in the talks called them preliminary."\n---\n' +
        'Our words first.\n\nIt says Ford wanted to help Xiaomi, the phone giant turned EV maker, in the US.\n',
    );
    const problems = ownWordsProblems(report, ARTICLE, 'tmp/article.txt');
    expect(problems.map(({ severity, line, field }) => [severity, line, field])).toEqual([
      ['warning', 3, 'summary'],
      ['warning', 7, undefined],
    ]);
    expect(problems[0].message).toBe(
      'the sentence "Unnamed officials in the talks called them preliminary." stays close to tmp/article.txt: ' +
        '"Unnamed officials involved in the talks described the discussions as preliminary, with no…" ' +
        '— it keeps 4 of its content words, mostly in its order, and the build of the sentence. Say it in our own ' +
        'words: other words and another build; names, figures and a short quotation in quotation marks may stay',
    );
    expect(problems[1].message).toMatch(
      /^the digest’s sentence "It says Ford wanted to help Xiaomi, .*" stays close to tmp\/article\.txt: .* — it keeps its phrase "giant turned EV"\. Say it/,
    );
  });

  it('names a report without frontmatter, a missing file, and skips a summary that is not text', () => {
    const bare = join(dir, 'bare.md');
    writeFileSync(bare, 'No frontmatter here.\n');
    expect(ownWordsProblems(bare, ARTICLE, 'article.txt')).toEqual([
      {
        severity: 'error',
        file: bare,
        line: 1,
        message: 'no frontmatter: start the file with a line "---", the fields, then "---"',
      },
    ]);
    const listed = join(dir, 'listed.md');
    writeFileSync(listed, '---\nsummary: [Unnamed officials in the talks called them preliminary]\n---\nOurs.\n');
    expect(ownWordsProblems(listed, ARTICLE, 'article.txt')).toEqual([]);
    expect(ownWordsProblems(join(dir, 'missing.md'), ARTICLE, 'a.txt')[0]).toMatchObject({
      severity: 'error',
      message: /no such file/,
    });
  });
});
