// What the search page says and how it reads Pagefind's excerpts (src/scripts/search-text.ts).
import { describe, expect, it } from 'vitest';
import {
  addressWithQuery,
  countSentence,
  excerptParts,
  filtersSummary,
  offeredFilters,
  whereAndWhen,
} from '../../src/scripts/search-text';

describe('the sentence above the results', () => {
  it('counts results for the query, in the singular for one', () => {
    expect(countSentence(12, 'farley', false)).toBe('12 results for “farley”');
    expect(countSentence(1, ' farley ', false)).toBe('1 result for “farley”');
  });

  it('says when filters narrow the results, with or without a query', () => {
    expect(countSentence(3, 'ford', true)).toBe('3 results for “ford” with the chosen filters');
    expect(countSentence(7, '', true)).toBe('7 results with the chosen filters');
  });

  it('helps when nothing is found: spelling, or fewer filters, and names to try', () => {
    expect(countSentence(0, 'fraley', false)).toBe(
      'Nothing found for “fraley”. Check the spelling, or try a name such as Ford, BYD, Xiaomi or Farley.',
    );
    expect(countSentence(0, 'ford', true)).toBe(
      'Nothing found for “ford” with the chosen filters. Choose fewer filters, or try a name such as Ford, BYD, Xiaomi or Farley.',
    );
    expect(countSentence(0, '', true)).toBe(
      'Nothing matches the chosen filters. Choose fewer filters, or try a name such as Ford, BYD, Xiaomi or Farley.',
    );
  });
});

describe('who published a result and when', () => {
  it('joins the outlet and the date a report page declares, and says nothing for other pages', () => {
    expect(whereAndWhen({ title: 'x', outlet: 'AutoGuide', date: 'February 2026' })).toBe('AutoGuide, February 2026');
    expect(whereAndWhen({ outlet: 'Drive (probable)' })).toBe('Drive (probable)');
    expect(whereAndWhen({ title: 'Ford' })).toBe('');
  });
});

describe('a Pagefind excerpt as text', () => {
  it('splits it into plain and marked pieces', () => {
    expect(excerptParts('Jim <mark>Farley</mark> met <mark>Trump</mark> officials.')).toEqual([
      { text: 'Jim ', marked: false },
      { text: 'Farley', marked: true },
      { text: ' met ', marked: false },
      { text: 'Trump', marked: true },
      { text: ' officials.', marked: false },
    ]);
  });

  it('turns the escaped brackets of the page text back into text, so markup in the index never becomes HTML', () => {
    const parts = excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; in <mark>AT&T</mark>\'s "text"');
    expect(parts).toEqual([
      { text: 'a <script>alert(1)</script> in ', marked: false },
      { text: 'AT&T', marked: true },
      { text: '\'s "text"', marked: false },
    ]);
  });

  it('keeps an excerpt without a match whole', () => {
    expect(excerptParts('No match here.')).toEqual([{ text: 'No match here.', marked: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('the filters offered', () => {
  const available = {
    entity: { Ford: 4 },
    outlet: { Drive: 1, Electrek: 1 },
    type: { Report: 5, Event: 3 },
    tag: { unknown: 1 },
  };

  it('offers the filters the index holds, story first, in the labels’ order, and none it has no label for', () => {
    const twoStories = { ...available, story: { Tariffs: 3, Summit: 2 } };
    expect(offeredFilters(twoStories)).toEqual([
      ['story', ['Tariffs', 'Summit']],
      ['type', ['Report', 'Event']],
      ['outlet', ['Drive', 'Electrek']],
      ['entity', ['Ford']],
    ]);
    expect(offeredFilters({ type: { Report: 1 }, outlet: {} })).toEqual([['type', ['Report']]]);
  });

  it('offers no story filter on a site that follows one story: it would only repeat the kind', () => {
    expect(offeredFilters({ ...available, story: { Tariffs: 8 } }).map(([key]) => key)).toEqual([
      'type',
      'outlet',
      'entity',
    ]);
  });

  it('names the story filter in the panel’s summary only where it is offered', () => {
    expect(filtersSummary(1)).toBe('Filter by kind, outlet, person or organisation');
    expect(filtersSummary(3)).toBe('Filter by story, kind, outlet, person or organisation');
  });
});

describe('the address of a search', () => {
  it('carries the query in ?q=, drops it for an empty box, and keeps the rest', () => {
    expect(addressWithQuery('https://x.test/jv-story/search/', 'jim farley')).toBe('/jv-story/search/?q=jim+farley');
    expect(addressWithQuery('https://x.test/search/?q=ford&lang=en#top', '  ')).toBe('/search/?lang=en#top');
    expect(addressWithQuery('https://x.test/search/?q=ford', 'byd')).toBe('/search/?q=byd');
  });
});
