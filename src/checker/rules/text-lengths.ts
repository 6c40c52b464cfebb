// Absurd lengths: a headline of thousands of characters is a paste gone wrong, and a summary longer than a
// digest is not a summary. Warnings only: a real headline may be long, and the editor judges.
import type { FieldPath, ParsedFile } from '../read-files';
import type { Rule } from './context';

/**
 * The longest headline or event title we accept without a word. Real headlines run to about 150 characters
 * (the longest of our seed reports has 100); twice a tweet is a generous bound.
 */
export const MAX_HEADLINE = 200;

/**
 * The longest summary we accept without a word: "one or two sentences" is about 300 characters (the seed
 * content's longest report summary has 280, its longest event summary about 400).
 */
export const MAX_SUMMARY = 600;

/** Characters as readers count them (a letter with an accent or an emoji is one). */
const lengthOf = (text: string) => [...text].length;

export const textLengths: Rule = {
  name: 'text-lengths',
  check({ entries, warning }) {
    const check = (parsed: ParsedFile, text: string | undefined, field: FieldPath, max: number, advice: string) => {
      if (text === undefined || lengthOf(text) <= max) return;
      warning(parsed, `is ${lengthOf(text).toLocaleString('en')} characters long, more than ${max} — ${advice}`, field);
    };
    const headline = 'is it the headline alone, pasted once? Shorten it to what the outlet wrote';
    const summary = 'keep the summary to one or two sentences and move the detail into the digest';
    for (const { parsed, data } of entries.reports) {
      check(parsed, data.headline, ['headline'], MAX_HEADLINE, headline);
      check(parsed, data.translatedFrom?.headline, ['translatedFrom', 'headline'], MAX_HEADLINE, headline);
      check(parsed, data.summary, ['summary'], MAX_SUMMARY, summary);
    }
    for (const { parsed, data } of entries.events) {
      check(
        parsed,
        data.title,
        ['title'],
        MAX_HEADLINE,
        'an event title is a short headline: move the detail into the summary',
      );
      check(parsed, data.summary, ['summary'], MAX_SUMMARY, 'keep the summary to the essentials of what happened');
    }
  },
};
