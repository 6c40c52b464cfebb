// Many stories on one site (src/lib/graph/stories.ts): each story's graph holds its own entries and the outlets and
// people they name; stories are ordered by their latest development, ties said, a story with nothing yet last.
import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/lib/graph/stories';
import type { ContentTypes } from '../../../src/lib/story-types';
import { storyInput, type StorySpec } from '../../helpers/graph-fixture';

/** Three small stories sharing an outlet (wire) and two people (pat, robin), and one with nothing in it yet. */
const threeStories = (overrides: Partial<StorySpec> = {}): StorySpec => ({
  stories: [
    { id: 'tariffs', title: 'Tariffs' },
    { id: 'summit', title: 'Summit' },
    { id: 'plant', title: 'Plant' },
    { id: 'empty', title: 'Nothing yet' },
  ],
  events: [
    { id: 'tariff-set', stories: ['tariffs'], date: '2026-02-10', entities: ['pat'] },
    { id: 'summit-held', stories: ['summit'], date: '2026-03', entities: ['pat', 'robin'] },
    { id: 'plant-opens', stories: ['plant'], date: '2026-03-05', entities: ['robin'] },
  ],
  reports: [
    { id: 'wire-tariff', stories: ['tariffs'], source: 'wire', published: '2026-02-11', events: ['tariff-set'] },
    { id: 'wire-summit', stories: ['summit', 'tariffs'], source: 'wire', published: '2026-03', events: [] },
    { id: 'paper-plant', stories: ['plant'], source: 'paper', published: '2026-03-06', events: ['plant-opens'] },
  ],
  claims: [
    {
      id: 'tariff-rises',
      stories: ['tariffs'],
      basis: 'unnamed-sources',
      history: [{ status: 'reported', date: '2026-02-11', outlet: 'wire' }],
    },
  ],
  ...overrides,
});

const siteOf = (spec: StorySpec) => buildSiteGraph<ContentTypes>(storyInput(spec));
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('the site graph of several stories', () => {
  it('gives each story its own reports, events and claims, and only the outlets and people they name', () => {
    const site = siteOf(threeStories());
    const tariffs = site.storyById.get('tariffs')!.graph;
    expect(ids(tariffs.reports)).toEqual(['wire-tariff', 'wire-summit']);
    expect(ids(tariffs.events)).toEqual(['tariff-set']);
    expect(ids(tariffs.claims)).toEqual(['tariff-rises']);
    expect(ids(site.storyById.get('plant')!.graph.claims)).toEqual([]);
    expect(ids(site.all.reports)).toHaveLength(3);
    // Outlets and people are shared: the site's graph has one node each, whatever the stories.
    expect(ids(site.all.sources).sort()).toEqual(['paper', 'wire']);
    expect(site.all.sourceById.get('wire')!.reports).toHaveLength(2);
  });

  it('orders stories by their latest development, newest first, and a story with none last', () => {
    const site = siteOf(threeStories());
    // plant: 6 March (a report); summit: March (a month, which may be later); tariffs: March via wire-summit.
    expect(ids(site.stories)).toEqual(['plant', 'summit', 'tariffs', 'empty']);
    expect(site.storyById.get('empty')!.latest).toBeUndefined();
    expect(site.storyById.get('plant')!.latest).toMatchObject({
      kind: 'report',
      id: 'paper-plant',
      title: 'Headline of paper-plant',
    });
    expect(site.storyById.get('tariffs')!.latest).toMatchObject({ kind: 'report', id: 'wire-summit' });
  });

  it('says the order is not known where the latest developments’ dates do not prove it', () => {
    const site = siteOf(threeStories());
    // "March 2026" overlaps 6 March: neither summit's place nor plant's is proven; none is claimed for them.
    expect(Object.keys(site.storyOrderMarks).sort()).toEqual(['plant', 'summit', 'tariffs']);
    expect(site.storyOrderMarks.plant.kind).toBe('order-unknown');
    const proven = siteOf(
      threeStories({
        reports: [
          { id: 'wire-tariff', stories: ['tariffs'], source: 'wire', published: '2026-02-11', events: ['tariff-set'] },
          { id: 'paper-plant', stories: ['plant'], source: 'paper', published: '2026-03-06', events: ['plant-opens'] },
        ],
        events: [
          { id: 'tariff-set', stories: ['tariffs'], date: '2026-02-10' },
          { id: 'summit-held', stories: ['summit'], date: '2026-01-20' },
          { id: 'plant-opens', stories: ['plant'], date: '2026-03-05' },
        ],
        claims: [],
      }),
    );
    expect(ids(proven.stories)).toEqual(['plant', 'tariffs', 'summit', 'empty']);
    expect(proven.storyOrderMarks).toEqual({});
  });

  it('breaks a tie on the same day by title, and marks both as order not known', () => {
    const sameDay = siteOf({
      stories: [
        { id: 'b', title: 'Beta' },
        { id: 'a', title: 'Alpha' },
      ],
      events: [
        { id: 'x', stories: ['b'], date: '2026-02-10' },
        { id: 'y', stories: ['a'], date: '2026-02-10' },
      ],
      reports: [],
    });
    expect(ids(sameDay.stories)).toEqual(['a', 'b']);
    expect(Object.keys(sameDay.storyOrderMarks).sort()).toEqual(['a', 'b']);
    expect(sameDay.storyTieNotes).toEqual([
      '2 stories’ latest developments are dated only “10 February 2026”: which came last is not known, so they are listed by title.',
    ]);
  });

  it('notes a tie only where the latest developments’ dates are the same, not where they overlap', () => {
    // summit and tariffs both end on wire-summit ("March 2026"); plant's 6 March overlaps March but is no tie.
    expect(siteOf(threeStories()).storyTieNotes).toEqual([
      '2 stories’ latest developments are dated only “March 2026”: which came last is not known, so they are listed by title.',
    ]);
    const apart = siteOf(
      threeStories({
        reports: [{ id: 'paper-plant', stories: ['plant'], source: 'paper', published: '2026-03-06' }],
        claims: [],
      }),
    );
    expect(apart.storyTieNotes).toEqual([]);
  });

  it('groups reports by story in the site’s order, a report of two stories under each', () => {
    const site = siteOf(threeStories());
    const wire = site.all.sourceById.get('wire')!;
    expect(site.byStory(wire.reports).map(({ story, reports }) => [story.id, ids(reports)])).toEqual([
      ['summit', ['wire-summit']],
      ['tariffs', ['wire-tariff', 'wire-summit']],
    ]);
  });

  it('marks each group where the dates do not prove a report’s place among its neighbours in that group', () => {
    const spec = threeStories();
    // A report of 5 March: beside one of "2026-03" in wire's whole list and in Summit's group, alone in Plant's.
    spec.reports.push({ id: 'wire-plant', stories: ['plant', 'summit'], source: 'wire', published: '2026-03-05' });
    const site = siteOf(spec);
    const wire = site.all.sourceById.get('wire')!;
    expect(Object.keys(wire.reportOrderMarks).sort()).toEqual(['wire-plant', 'wire-summit']);
    expect(
      site.byStory(wire.reports).map(({ story, reportOrderMarks }) => [story.id, Object.keys(reportOrderMarks)]),
    ).toEqual([
      ['plant', []],
      ['summit', ['wire-summit', 'wire-plant']],
      ['tariffs', []],
    ]);
  });

  it('reuses the site’s graph for a story that holds every entry, instead of building it twice', () => {
    const one = siteOf({
      stories: [{ id: 'only' }],
      reports: [{ id: 'r', stories: ['only'], source: 'wire', published: '2026-02-11' }],
    });
    expect(one.stories[0].graph).toBe(one.all);
  });
});
