// The outlet mix view: every tally says how much of it rests on outlets we only probably attribute, the home
// page's line leaves out kinds, and outlets whose country no source states are named so and shown muted.
import { describe, expect, it } from 'vitest';
import { viewKeys } from '../../../src/lib/views/key';
import { outletMixLine, outletMixLists } from '../../../src/lib/views/outlet-mix';
import { fordStory, storyOf, type StorySpec } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

const contextFor = (spec: StorySpec) => {
  const story = storyOf(spec);
  return viewContextOf(story);
};

describe('the outlet mix as lists (the coverage page)', () => {
  const view = outletMixLists(contextFor(fordStory()));
  const facet = (title: string) => view.facets.find((each) => each.title === title)!;

  it('lists countries, languages and kinds, each with its accessible name', () => {
    expect(view.facets.map(({ title, label }) => [title, label])).toEqual([
      ['By country', 'Outlets by country'],
      ['By language', 'Outlets by language'],
      ['By kind', 'Outlets by kind'],
    ]);
  });

  it('says "(probable)" beside a tally resting only on probable outlets, and how many where some are', () => {
    expect(facet('By country').tallies).toEqual([
      { name: 'United States', outlets: '2', known: true },
      { name: 'Australia', outlets: '1 (probable)', known: true },
      { name: 'Brazil', outlets: '1', known: true },
      { name: 'India', outlets: '1 (probable)', known: true },
    ]);
    expect(facet('By language').tallies).toEqual([{ name: 'English', outlets: '5 (2 probable)', known: true }]);
  });

  it('names outlets whose country no source states, and marks them as not known', () => {
    const spec: StorySpec = {
      sources: [{ id: 'somewhere' }],
      reports: [{ id: 'r1', source: 'somewhere', published: '2026-02-01' }],
    };
    const country = outletMixLists(contextFor(spec)).facets[0];
    expect(country.tallies).toEqual([{ name: 'country not known', outlets: '1', known: false }]);
  });
});

describe('the outlet mix in one line (the home page)', () => {
  const view = outletMixLine(contextFor(fordStory()));

  it('counts the reporting outlets and links to the coverage page', () => {
    expect(view.outlets).toBe('5 outlets');
    expect(view.more).toEqual({ href: '/coverage/', label: 'who covered what, blind spots' });
  });

  it('runs countries and languages in words with their probable notes, and leaves out kinds', () => {
    expect(view.facets).toEqual([
      { short: 'Countries', text: 'United States 2, Australia 1 (probable), Brazil 1, India 1 (probable)' },
      { short: 'Languages', text: 'English 5 (2 probable)' },
    ]);
  });

  it('is plain data a cache key can hash', () => {
    expect(() => viewKeys({})(view)).not.toThrow();
  });
});
