// Story membership on the site-wide pages (src/lib/views/membership.ts): reports, events and claims say which stories
// they are part of, in the site's order, linking to each story's front; outlet and person pages group their reports
// by story when the site follows several, each group marked within itself; a site of one story adds no heading.
import { describe, expect, it } from 'vitest';
import { claimView } from '../../../src/lib/views/claim';
import { entityView } from '../../../src/lib/views/entity';
import { eventView } from '../../../src/lib/views/event';
import { viewKeys } from '../../../src/lib/views/key';
import { outletView } from '../../../src/lib/views/outlet';
import { reportView } from '../../../src/lib/views/report';
import type { StorySpec } from '../../helpers/graph-fixture';
import { siteContextOf } from '../../helpers/views';

/**
 * Three stories sharing an outlet (wire) and a person (pat). Wire's reports: a tariffs report in February, one of all
 * three stories dated only "2026-03", and a plant report on 5 March (so the last two cannot be ordered). Within each story, no two of wire's reports overlap.
 */
const threeStories = (): StorySpec => ({
  stories: [
    { id: 'tariffs', title: 'Tariffs' },
    { id: 'summit', title: 'Summit' },
    { id: 'plant', title: 'Plant' },
  ],
  events: [
    { id: 'tariff-set', stories: ['tariffs'], date: '2026-02-10', entities: ['pat'] },
    { id: 'summit-held', stories: ['summit'], date: '2026-03-20', entities: ['pat'] },
    { id: 'plant-opens', stories: ['plant'], date: '2026-03-04' },
  ],
  reports: [
    { id: 'wire-tariff', stories: ['tariffs'], source: 'wire', published: '2026-02-11', entities: ['pat'] },
    {
      id: 'wire-all',
      stories: ['tariffs', 'plant', 'summit'],
      source: 'wire',
      published: '2026-03',
      entities: ['pat'],
    },
    { id: 'wire-plant', stories: ['plant'], source: 'wire', published: '2026-03-05', entities: ['pat'] },
    { id: 'paper-summit', stories: ['summit'], source: 'paper', published: '2026-03-21', entities: ['pat'] },
  ],
  claims: [
    {
      id: 'tariff-rises',
      stories: ['tariffs', 'summit'],
      basis: 'unnamed-sources',
      history: [{ status: 'reported', date: '2026-02-11', outlet: 'wire' }],
    },
  ],
});

const site = (spec: StorySpec = threeStories()) => siteContextOf(spec, { siteUrl: 'https://watch.example/' });
const line = (part: { label: string; stories: { before: string; story: { title: string } }[] } | undefined) =>
  part && `${part.label}: ${part.stories.map(({ before, story }) => `${before}${story.title}`).join('')}`;

describe('which stories a report, event or claim is part of', () => {
  it('names a report’s stories in the site’s order (newest development first), joined as a sentence', () => {
    const { graph, context } = site();
    expect(graph.stories.map(({ id }) => id)).toEqual(['summit', 'plant', 'tariffs']);
    const view = reportView(graph.all.reportById.get('wire-all')!, context);
    expect(line(view.partOf)).toBe('Part of: Summit, Plant and Tariffs');
    expect(view.partOf!.stories.map(({ story }) => story)).toEqual([
      { id: 'summit', title: 'Summit', href: '/stories/summit/' },
      { id: 'plant', title: 'Plant', href: '/stories/plant/' },
      { id: 'tariffs', title: 'Tariffs', href: '/stories/tariffs/' },
    ]);
    expect(line(reportView(graph.all.reportById.get('wire-tariff')!, context).partOf)).toBe('Part of: Tariffs');
  });

  it('gives search the titles of its stories, and JSON-LD each story’s front as what the digest is part of', () => {
    const { graph, context } = site();
    const view = reportView(graph.all.reportById.get('wire-all')!, context);
    expect(view.search.stories).toEqual(['Summit', 'Plant', 'Tariffs']);
    expect((view.jsonLd as { isPartOf: unknown }).isPartOf).toEqual([
      { '@type': 'CollectionPage', name: 'Summit', url: 'https://watch.example/stories/summit/' },
      { '@type': 'CollectionPage', name: 'Plant', url: 'https://watch.example/stories/plant/' },
      { '@type': 'CollectionPage', name: 'Tariffs', url: 'https://watch.example/stories/tariffs/' },
    ]);
  });

  it('names an event’s and a claim’s stories the same way, and gives their search the titles', () => {
    const { graph, context } = site();
    const event = eventView(graph.all.eventById.get('plant-opens')!, context);
    expect(line(event.partOf)).toBe('Part of: Plant');
    expect(event.search.stories).toEqual(['Plant']);
    const claim = claimView(graph.all.claimById.get('tariff-rises')!, context);
    expect(line(claim.partOf)).toBe('Part of: Summit and Tariffs');
    expect(claim.search.stories).toEqual(['Summit', 'Tariffs']);
  });

  it('links the one story of a site that follows one to its own front, as it would with several', () => {
    const { graph, context } = site({
      stories: [{ id: 'only', title: 'The only story' }],
      reports: [{ id: 'r', stories: ['only'], source: 'wire', published: '2026-02-11' }],
    });
    const view = reportView(graph.all.reportById.get('r')!, context);
    expect(view.partOf!.stories).toEqual([
      { before: '', story: { id: 'only', title: 'The only story', href: '/stories/only/' } },
    ]);
    expect((view.jsonLd as { isPartOf: { url: string }[] }).isPartOf.map(({ url }) => url)).toEqual([
      'https://watch.example/stories/only/',
    ]);
  });

  it('holds the titles, so a renamed story moves the keys of its entries’ pages', () => {
    const key = viewKeys({});
    const before = site();
    const spec = threeStories();
    spec.stories![2].title = 'The plant';
    const after = site(spec);
    const keyOf = (which: ReturnType<typeof site>, id: string) =>
      key(reportView(which.graph.all.reportById.get(id)!, which.context));
    expect(keyOf(after, 'wire-plant')).not.toBe(keyOf(before, 'wire-plant'));
    expect(keyOf(after, 'wire-tariff')).toBe(keyOf(before, 'wire-tariff'));
  });
});

describe('an outlet’s and a person’s reports, grouped by story', () => {
  it('groups an outlet’s reports by story in the site’s order, a report of several stories under each', () => {
    const { graph, context } = site();
    const view = outletView(graph.all.sourceById.get('wire')!, context);
    const groups = view.reports.byStory!;
    expect(
      groups.map(({ story, total, list }) => [
        story.title,
        story.href,
        total,
        list.items.map(({ report }) => report.id),
      ]),
    ).toEqual([
      ['Summit', '/stories/summit/', 1, ['wire-all']],
      ['Plant', '/stories/plant/', 2, ['wire-all', 'wire-plant']],
      ['Tariffs', '/stories/tariffs/', 2, ['wire-tariff', 'wire-all']],
    ]);
    expect(view.reports.total).toBe(3);
  });

  it('marks a report’s order within its group, not within the whole list', () => {
    const { graph, context } = site();
    const wire = graph.all.sourceById.get('wire')!;
    // In wire's whole list, "2026-03" cannot be put before or after 5 March.
    expect(Object.keys(wire.reportOrderMarks).sort()).toEqual(['wire-all', 'wire-plant']);
    const groups = outletView(wire, context).reports.byStory!;
    const marked = groups.map(({ story, list }) => [
      story.id,
      list.items.filter(({ mark }) => mark).map(({ report }) => report.id),
    ]);
    // Within Plant the same two stay unordered; within Tariffs, February and March are proven.
    expect(marked).toEqual([
      ['summit', []],
      ['plant', ['wire-all', 'wire-plant']],
      ['tariffs', []],
    ]);
  });

  it('shows no more reports in all groups than the list limit, and says how many more each group holds', () => {
    const { graph, context } = site({ ...threeStories(), limits: { reportList: 2 } });
    const wire = graph.all.sourceById.get('wire')!;
    const shown = wire.reports.slice(0, 2).map((report) => report.id);
    const groups = outletView(wire, context).reports.byStory!;
    // The first two of the outlet's list, each under every story it is in; the rest counted, group by group.
    expect(
      groups.map(({ story, total, list }) => [
        story.id,
        total,
        list.items.map(({ report }) => report.id),
        list.hiddenText,
      ]),
    ).toEqual(
      groups.map(({ story, total }) => {
        const items = wire.reports.filter((report) => report.storyIds.includes(story.id));
        const listed = items.filter((report) => shown.includes(report.id)).map((report) => report.id);
        const more = total - listed.length;
        return [
          story.id,
          items.length,
          listed,
          more > 0 ? `${more} more report${more > 1 ? 's' : ''} not listed here.` : undefined,
        ];
      }),
    );
    expect(new Set(groups.flatMap(({ list }) => list.items.map(({ report }) => report.id)))).toEqual(new Set(shown));
    expect(groups.some(({ list }) => list.hidden > 0)).toBe(true);
  });

  it('groups the reports naming a person the same way', () => {
    const { graph, context } = site();
    const view = entityView(graph.all.entityById.get('pat')!, context);
    expect(
      view.reports.byStory!.map(({ story, list }) => [story.id, list.items.map(({ report }) => report.id)]),
    ).toEqual([
      ['summit', ['wire-all', 'paper-summit']],
      ['plant', ['wire-all', 'wire-plant']],
      ['tariffs', ['wire-tariff', 'wire-all']],
    ]);
  });

  it('adds no group on a site that follows one story: a heading naming it would say nothing', () => {
    const { graph, context } = site({
      stories: [{ id: 'only' }],
      reports: [{ id: 'r', stories: ['only'], source: 'wire', published: '2026-02-11', entities: ['pat'] }],
    });
    expect(outletView(graph.all.sourceById.get('wire')!, context).reports.byStory).toBeUndefined();
    expect(entityView(graph.all.entityById.get('pat')!, context).reports.byStory).toBeUndefined();
  });
});
