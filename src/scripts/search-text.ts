// What the search page says, and how a Pagefind excerpt becomes text: pure functions, so they are unit-tested
// without a browser (tests/unit/search-text.test.ts) and src/scripts/search.ts only moves DOM nodes.

/** How many results the page shows at first, and adds with each press of "More results". */
export const BATCH_SIZE = 10;

/** The filters the pages declare (components/SearchFacets.astro), in the order and words readers see them. */
export const FILTER_LABELS: Record<string, string> = {
  story: 'Story',
  type: 'Kind',
  outlet: 'Outlet',
  entity: 'Person or organisation',
};

/**
 * How many values a filter needs before it is offered. Every report, event and claim names its story, so on a site
 * that follows one story the story filter would offer that story alone: a choice that only repeats "Kind".
 */
const LEAST_VALUES: Record<string, number> = { story: 2 };

/** The filters panel's summary: the story filter is named where it is offered, on a site of several stories. */
export const filtersSummary = (stories: number) =>
  `Filter by ${stories >= LEAST_VALUES.story ? 'story, ' : ''}kind, outlet, person or organisation`;

/** The filters to offer, in FILTER_LABELS' order, each with its values, from what Pagefind's `filters()` holds. */
export function offeredFilters(available: Record<string, Record<string, number>>): [key: string, values: string[]][] {
  return Object.keys(FILTER_LABELS).flatMap((key): [string, string[]][] => {
    const values = Object.keys(available[key] ?? {});
    return values.length >= (LEAST_VALUES[key] ?? 1) ? [[key, values]] : [];
  });
}

const quoted = (query: string) => `“${query.trim()}”`;

/** The sentence above the results, e.g. "12 results for “farley”"; the helpful message when nothing is found. */
export function countSentence(count: number, query: string, filtered: boolean): string {
  const term = query.trim();
  const where = filtered ? ' with the chosen filters' : '';
  if (count === 0) {
    const what = term ? `Nothing found for ${quoted(term)}${where}` : `Nothing matches the chosen filters`;
    const hint = filtered ? 'Choose fewer filters' : 'Check the spelling';
    return `${what}. ${hint}, or try a name such as Ford, BYD, Xiaomi or Farley.`;
  }
  const noun = count === 1 ? 'result' : 'results';
  return term ? `${count} ${noun} for ${quoted(term)}${where}` : `${count} ${noun}${where}`;
}

/** Who published a result and when, from the metadata report pages declare: "AutoGuide, February 2026"; "" for others. */
export function whereAndWhen(meta: Record<string, string | undefined>): string {
  return [meta.outlet, meta.date].filter((part): part is string => !!part).join(', ');
}

export interface ExcerptPart {
  text: string;
  /** A word that matched the query (Pagefind wraps it in <mark>). */
  marked: boolean;
}

/**
 * A Pagefind excerpt ("… the <mark>Ford</mark> plan &lt;sic&gt; …") as plain text pieces. Pagefind escapes the page
 * text's < and > and adds <mark> around matches; nothing else is markup. Splitting on the marks and decoding those
 * two entities gives text that the page inserts as text nodes, so no part of the index is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    if (piece) parts.push({ text: decode(piece), marked });
  }
  return parts;
}

/** The page's address with the query in `?q=` (or without it when the box is empty), other parameters kept. */
export function addressWithQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim()) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  return `${url.pathname}${url.search}${url.hash}`;
}
