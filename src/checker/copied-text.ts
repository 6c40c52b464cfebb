// Our digests are in our own words: a run of eight words shared with the original article is a sentence
// carried over, not a digest. Checked on request (`npm run check -- --against article.txt <report>`), since
// the article itself is never stored in the repository.
import { existsSync } from 'node:fs';
import { parseContentFile } from './read-files';
import type { Problem } from './rules/context';

/** How many words in a row two texts may share before we call it copied. */
export const COPIED_RUN = 8;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words as readers see them: letters and digits, apostrophes inside a word kept, case and punctuation ignored. */
export const wordsOf = (text: string): string[] => [...text.matchAll(WORD)].map(([word]) => normalise(word));

const normalise = (word: string) => word.normalize('NFKC').toLowerCase().replaceAll('’', "'");

/** A run of words our text shares with theirs: the words, and where the run starts in our text. */
export interface SharedRun {
  words: string;
  offset: number;
}

/** Each longest run of at least `length` words that `ours` shares with `theirs`. */
export function sharedRuns(ours: string, theirs: string, length = COPIED_RUN): SharedRun[] {
  const their = wordsOf(theirs);
  const windows = new Set<string>();
  for (let start = 0; start + length <= their.length; start++)
    windows.add(their.slice(start, start + length).join(' '));
  const matches = [...ours.matchAll(WORD)];
  const our = matches.map(([word]) => normalise(word));
  // Matching windows that overlap in our text make one run: [start, end) in our words.
  const runs: { start: number; end: number }[] = [];
  for (let start = 0; start + length <= our.length; start++) {
    if (!windows.has(our.slice(start, start + length).join(' '))) continue;
    const last = runs.at(-1);
    if (last && start < last.end) last.end = start + length;
    else runs.push({ start, end: start + length });
  }
  return runs.map(({ start, end }) => ({ words: our.slice(start, end).join(' '), offset: matches[start].index }));
}

/**
 * Warnings for a report whose summary or digest shares a run of words with the article it digests.
 * `articleName` is how the article is named in the message (its path as the editor gave it).
 */
export function copiedTextProblems(reportFile: string, article: string, articleName: string): Problem[] {
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
    sharedRuns(text, article).map(({ words, offset }): Problem => ({
      severity: 'warning',
      file: reportFile,
      // A field's line; in the digest, the line the copied run starts on.
      line: line && (field ? line : line + text.slice(0, offset).split('\n').length - 1),
      field,
      message: `${field ? '' : 'the digest '}shares ${words.split(' ').length} words in a row with ${articleName}: "${words}" — say it in our own words (a short quotation of a named person may stay, in quotation marks)`,
    })),
  );
}
