// Our summaries and digests are in our own words. A sentence of ours that keeps one sentence of the article
// with a few words swapped ("described the discussions as preliminary" → "called them preliminary") is the
// article's sentence, not ours; a coinage carried over ("giant-turned-EV-producer") is the article's phrase.
// Names, numbers and figures are facts: they may match. Quotations in quotation marks are the article's, said so.
//
// The measure, per pair of one sentence of ours and one of the article:
//   - words: the content words of ours (not function words, names, numbers or quotations), stemmed, and the
//     share of them the article's sentence has too ("cover"); a name is a capitalised word not starting the
//     sentence (or one the texts capitalise elsewhere), a number any word with a digit, or "billion", "percent";
//   - order: the longest run of those shared stems in the same order in both sentences, over the shorter
//     sentence's content words ("order");
//   - shape: the function words ("in", "the", "as", "with"…) in the same order in both, over ours ("shape"):
//     swapping synonyms keeps it, rewriting the sentence does not.
// A sentence is flagged when it shares MIN_SHARED content words and (cover + order) / 2 + shape / 2 reaches
// MIN_CLOSENESS, when it shares a run of RUN content words in a row (function words and names between them
// skipped), or when it writes two or more content words of a hyphenated coinage of the article in a row. Each
// sentence of ours, and each of its longer clauses, is compared with each sentence of the article and each two
// in a row (ours often joins two).
// Tuned on the five digests against their articles (tests/unit/checker-own-words-seeds.test.ts).
import { existsSync } from 'node:fs';
import { stemmer } from 'stemmer';
import { parseContentFile } from './read-files';
import type { Problem } from './rules/context';

/** A sentence shares at least this many content words (stems) with the article's before it can be flagged. */
const MIN_SHARED = 3;
/** …and is flagged when (cover + order) / 2 + shape / 2 reaches this. */
export const MIN_CLOSENESS = 0.85;
/** Content words in a row shared with the article, function words and names between them aside. */
export const RUN = 4;

// Function words: what stays when a sentence is reworded with synonyms. Content words are the rest.
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those it its it’s itself they them their theirs he him his she her hers we us our ' +
    'you your i me my who whom whose which what when where why how whether if than then so as such both each ' +
    'every all any some no not nor none either neither other another own same only just also even too very ' +
    'and or but yet though although while because since until unless after before once about above across ' +
    'against along among around at by down during except for from in inside into like near of off on onto out ' +
    'outside over past per through throughout to toward towards under up upon via with within without ' +
    'be is are was were been being am have has had having do does did doing will would shall should can could ' +
    'may might must there here more most less least much many few several one ' +
    'according said says say told'
  ).split(/\s+/),
);

/** Words of a figure ("$5 billion", "100 per cent"): part of the number. */
const FIGURES = new Set(
  'billion million trillion thousand hundred percent cent bn two three four five six seven eight nine ten dozen'.split(
    ' ',
  ),
);

/** A token of a sentence: its class and the form compared. */
interface Token {
  /** "c" content word (stemmed), "f" function word, "n" name or number, "q" inside a quotation. */
  kind: 'c' | 'f' | 'n' | 'q';
  form: string;
  /** The word as written, for messages. */
  word: string;
  /** Whether the article wrote it as part of a hyphenated compound ("giant-turned-EV-producer"). */
  compound?: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /(?:^|[\s(])(?:[A-Z]|Co|Corp|Inc|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|Gov|Sen|Rep|approx|etc)\.$/;

/** The text's sentences: split after . ! ? (and a closing quote or bracket) before a capital, and at line ends. */
export function sentencesOf(text: string): { text: string; offset: number }[] {
  const sentences: { text: string; offset: number }[] = [];
  const END = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])|;(?=\s)|\n+/gu;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) sentences.push({ text: trimmed, offset: start + raw.indexOf(trimmed) });
  };
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    if (/^[.!?]/.test(match[0]) && ABBREVIATIONS.test(text.slice(Math.max(0, match.index - 8), match.index + 1)))
      continue;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}

const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*|["“”]/gu;

/** Lower-cased, curly apostrophe straightened, a possessive "’s" and the full stops of "U.S." dropped. */
const normal = (word: string) =>
  word
    .normalize('NFKC')
    .replaceAll('’', "'")
    .replace(/'s$/i, '')
    .replace(/^([\p{L}])\.([\p{L}])(?:\.([\p{L}]))?$/u, '$1$2$3')
    .toLowerCase();

/** Words the texts write with a capital other than first in a sentence: names, whatever starts a sentence. */
export function capitalisedWords(...texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const { text: sentence } of sentencesOf(text)) {
      const words = [...sentence.matchAll(WORD)].map(([word]) => word).filter((word) => !/^["“”]$/.test(word));
      for (const word of words.slice(1)) if (/^\p{Lu}/u.test(word)) names.add(normal(word));
    }
  }
  return names;
}

/**
 * A sentence's tokens. A capitalised word is a name unless it only starts the sentence and is written with a
 * capital nowhere else (`names`); a word with a digit is a number; words between quotation marks are quoted.
 */
export function tokensOf(sentence: string, names: Set<string>): Token[] {
  const tokens: Token[] = [];
  let quoted = false;
  let first = true;
  // Straight quotes open and close in turn; curly ones say which they are.
  for (const match of sentence.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').matchAll(WORD)) {
    const word = match[0];
    if (word === '“') quoted = true;
    else if (word === '”') quoted = false;
    else if (word === '"') quoted = !quoted;
    if (/^["“”]$/.test(word)) continue;
    const form = normal(word);
    const atStart = first;
    first = false;
    if (quoted) tokens.push({ kind: 'q', form, word });
    else if (/\p{N}/u.test(word) || FIGURES.has(form)) tokens.push({ kind: 'n', form, word });
    else if (/^\p{Lu}/u.test(word) && (!atStart || names.has(form)) && !FUNCTION_WORDS.has(form))
      tokens.push({ kind: 'n', form, word });
    else if (FUNCTION_WORDS.has(form)) tokens.push({ kind: 'f', form, word });
    else tokens.push({ kind: 'c', form: stemmer(form), word });
  }
  // Parts of a hyphenated compound: "giant-turned-EV-producer" is four words of one coinage.
  let compound = 0;
  for (const part of sentence.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){2,}/gu)) {
    compound++;
    const parts = part[0].split('-').map((word) => normal(word));
    for (let at = 0; at + parts.length <= tokens.length; at++) {
      if (parts.every((word, index) => tokens[at + index].form === word || stemmer(word) === tokens[at + index].form)) {
        for (let index = 0; index < parts.length; index++) tokens[at + index].compound = compound;
        break;
      }
    }
  }
  return tokens;
}

/** Length of the longest common subsequence of two sequences. */
function lcs(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const item of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(item === b[j] ? previous[j] + 1 : Math.max(previous[j + 1], row[j]));
    previous = row;
  }
  return previous[b.length];
}

/** The longest run of items in a row that both sequences have, in our sequence's words. */
function longestRun(ours: Token[], theirs: Token[]): Token[] {
  let best: Token[] = [];
  let previous = new Array<number>(theirs.length + 1).fill(0);
  for (let i = 0; i < ours.length; i++) {
    const row = [0];
    for (let j = 0; j < theirs.length; j++) {
      const length = ours[i].form === theirs[j].form ? previous[j] + 1 : 0;
      row.push(length);
      if (length > best.length) best = ours.slice(i - length + 1, i + 1);
    }
    previous = row;
  }
  return best;
}

export interface Similarity {
  shared: number;
  cover: number;
  order: number;
  shape: number;
  /** The longest run of content words in a row both sentences have (function words and names skipped). */
  run: string[];
  /** Words of a hyphenated coinage of the article that we write in a row, two or more. */
  coinage: string[];
}

/** How close one sentence of ours stays to one of the article's, by the three signals and the shared run. */
export function similarity(ours: Token[], theirs: Token[]): Similarity {
  const content = (tokens: Token[]) => tokens.filter(({ kind }) => kind === 'c');
  const [ourContent, theirContent] = [content(ours), content(theirs)];
  const theirStems = new Set(theirContent.map(({ form }) => form));
  const ourStems = new Set(ourContent.map(({ form }) => form));
  const shared = [...ourStems].filter((stem) => theirStems.has(stem)).length;
  const forms = (tokens: Token[]) => tokens.map(({ form }) => form);
  const shorter = Math.min(ourContent.length, theirContent.length);
  // The build of a sentence: its function words, and a mark for each name or figure (one for several in a row).
  const functionWords = (tokens: Token[]) =>
    tokens.flatMap((token, index) =>
      token.kind === 'f' ? [token.form] : token.kind === 'n' && tokens[index - 1]?.kind !== 'n' ? ['#'] : [],
    );
  const ourFunction = functionWords(ours);
  // A coinage: two or more words in a row of ours that are, in order, part of one hyphenated compound of theirs.
  const coinage: string[] = [];
  const unquoted = ours.filter(({ kind }) => kind !== 'q');
  for (let i = 0; i < unquoted.length && coinage.length === 0; i++) {
    for (let j = 0; j < theirs.length; j++) {
      if (!theirs[j].compound) continue;
      let length = 0;
      while (
        unquoted[i + length] &&
        theirs[j + length]?.compound === theirs[j].compound &&
        unquoted[i + length].form === theirs[j + length].form
      )
        length++;
      const words = unquoted.slice(i, i + length);
      if (words.filter(({ kind }) => kind === 'c').length >= 2) {
        coinage.push(...words.map(({ word }) => word));
        break;
      }
    }
  }
  return {
    shared,
    cover: ourStems.size ? shared / ourStems.size : 0,
    order: shorter ? lcs(forms(ourContent), forms(theirContent)) / shorter : 0,
    shape: ourFunction.length ? lcs(ourFunction, functionWords(theirs)) / ourFunction.length : 0,
    run: longestRun(ourContent, theirContent).map(({ word }) => word),
    coinage,
  };
}

/** How close the pair is by words, order and shape: (cover + order) / 2 + shape / 2, from 0 to 1.5. */
export const closeness = ({ cover, order, shape }: Similarity) => (cover + order) / 2 + shape / 2;

/** Whether the pair is a sentence of the article reworked, and why. */
export function reworked(found: Similarity): 'reworded' | 'run' | 'coinage' | undefined {
  if (found.coinage.length) return 'coinage';
  if (found.run.length >= RUN) return 'run';
  if (found.shared >= MIN_SHARED && closeness(found) >= MIN_CLOSENESS) return 'reworded';
  return undefined;
}

/** One sentence of ours that stays too close to one of the article's. */
export interface CloseSentence {
  ours: string;
  /** Where our sentence starts in our text. */
  offset: number;
  theirs: string;
  why: 'reworded' | 'run' | 'coinage';
  similarity: Similarity;
}

/** A stretch of the article compared with a sentence of ours: one sentence, or two in a row. */
interface Window {
  tokens: Token[];
  /** Its sentences, to name the one closest to ours in a message. */
  parts: { text: string; tokens: Token[] }[];
}

/** The article's sentences, and each two sentences in a row: a sentence of ours often joins two of theirs. */
function articleWindows(article: string, names: Set<string>): Window[] {
  const sentences = sentencesOf(article).map(({ text }) => ({ text, tokens: tokensOf(text, names) }));
  const pairs = sentences.slice(1).map((second, index) => ({
    tokens: [...sentences[index].tokens, ...second.tokens],
    parts: [sentences[index], second],
  }));
  return [...sentences.map((sentence) => ({ tokens: sentence.tokens, parts: [sentence] })), ...pairs];
}

/** Of a window's sentences, the one that shares most with ours. */
function closestPart(tokens: Token[], window: Window): string {
  const shares = window.parts.map((part) => {
    const found = similarity(tokens, part.tokens);
    return found.shared + found.coinage.length + closeness(found);
  });
  return window.parts[shares.indexOf(Math.max(...shares))].text;
}

/** A sentence's clauses of at least six words: after a colon, or before ", and", ", while", ", but". */
function clausesOf(sentence: string): string[] {
  const clauses = sentence.split(/:\s+|,\s+(?=(?:and|while|but|though|which|as)\s)/u);
  return clauses.length > 1 ? clauses.filter((clause) => clause.split(/\s+/).length >= 6) : [];
}

/** Every sentence of `ours` that stays too close to a sentence of `article`, with the closest such sentence. */
export function closeSentences(ours: string, article: string): CloseSentence[] {
  const names = capitalisedWords(ours, article);
  const theirs = articleWindows(article, names);
  return sentencesOf(ours).flatMap((sentence) => {
    let closest: (CloseSentence & { window: Window; tokens: Token[] }) | undefined;
    // A clause is compared on its own too: our framing around it would dilute its closeness.
    for (const part of [sentence.text, ...clausesOf(sentence.text)]) {
      const tokens = tokensOf(part, names);
      for (const their of theirs) {
        const found = similarity(tokens, their.tokens);
        const why = reworked(found);
        if (!why) continue;
        if (!closest || closeness(found) > closeness(closest.similarity))
          closest = {
            ours: sentence.text,
            offset: sentence.offset,
            theirs: '',
            why,
            similarity: found,
            window: their,
            tokens,
          };
      }
    }
    if (!closest) return [];
    const { window, tokens, ...close } = closest;
    return [{ ...close, theirs: closestPart(tokens, window) }];
  });
}

const WHY = {
  reworded: (found: Similarity) =>
    `keeps ${found.shared} of its content words, mostly in its order, and the build of the sentence`,
  run: (found: Similarity) => `keeps its words "${found.run.join(' ')}" in a row`,
  coinage: (found: Similarity) => `keeps its phrase "${found.coinage.join(' ')}"`,
};

/** At most `length` characters of a sentence, for a message. */
const excerpt = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * Warnings for each sentence of a report's summary or digest that stays close to a sentence of the article it
 * digests. `articleName` is how the article is named in the message (its path as the editor gave it).
 */
export function ownWordsProblems(reportFile: string, article: string, articleName: string): Problem[] {
  if (!existsSync(reportFile))
    return [
      {
        severity: 'error',
        file: reportFile,
        message: 'no such file: give the path of the report, e.g. content/reports/<id>.md',
      },
    ];
  const parsed = parseContentFile(reportFile);
  if ('message' in parsed) return [{ severity: 'error', file: reportFile, line: parsed.line, message: parsed.message }];
  const summary = (parsed.data as { summary?: unknown }).summary;
  const texts: [field: string | undefined, text: string, line: number | undefined][] = [
    ['summary', typeof summary === 'string' ? summary : '', parsed.lineOf(['summary'])],
    [undefined, parsed.body ?? '', parsed.bodyLine],
  ];
  return texts.flatMap(([field, text, line]) =>
    closeSentences(text, article).map(({ ours, offset, theirs, why, similarity: found }): Problem => ({
      severity: 'warning',
      file: reportFile,
      // A field's line; in the digest, the line the sentence starts on.
      line: line && (field ? line : line + text.slice(0, offset).split('\n').length - 1),
      field,
      message:
        `${field ? 'the sentence' : 'the digest’s sentence'} "${excerpt(ours)}" stays close to ${articleName}: ` +
        `"${excerpt(theirs)}" — it ${WHY[why](found)}. Say it in our own words: other words and another build; ` +
        'names, figures and a short quotation in quotation marks may stay',
    })),
  );
}
