// "Did you mean": the known name an editor most likely meant, only when it is close enough to be a typo.
import { distance } from 'fastest-levenshtein';

/**
 * How alike two names must be to suggest one for the other: 1 − edit distance ÷ length of the longer one,
 * at least 0.4 (the default threshold of the `didyoumean2` package). "wyre" → "wire" (0.75) and "heading" →
 * "headline" (0.75) pass; "reuters" → "drive" (0.29) and "xyzzy" → "url" (0) do not.
 */
export const MIN_SIMILARITY = 0.4;

/** How many known names to list when none is close enough to suggest. */
const NEAREST_COUNT = 5;

export const similarity = (a: string, b: string): number => {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a.toLowerCase(), b.toLowerCase()) / longer;
};

/** The known names nearest to `name`, most alike first (ties in alphabetical order). */
export function nearest(name: string, known: Iterable<string>, count = NEAREST_COUNT): string[] {
  return [...known]
    .map((candidate) => ({ candidate, score: similarity(name, candidate) }))
    .sort((a, b) => b.score - a.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** The one known name close enough to `name` to be what the editor meant, if any. */
export function suggestion(name: string, known: Iterable<string>): string | undefined {
  const [best] = nearest(name, known, 1);
  return best !== undefined && similarity(name, best) >= MIN_SIMILARITY ? best : undefined;
}
