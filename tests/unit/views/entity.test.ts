// The entity page's and the entities index's views: cards cut at the graph's limits with their marks, "probable"
// on the outlets that name it, its feed titled the one way, and the index grouped by kind in the kinds' order.
import { describe, expect, it } from 'vitest';
import type { Limits } from '../../../src/lib/graph';
import { entitiesIndexView, entityView } from '../../../src/lib/views/entity';
import { viewKeys } from '../../../src/lib/views/key';
import { fordStory, storyOf, type StorySpec } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

function contextFor(spec: StorySpec) {
  const story = storyOf(spec);
  return viewContextOf(story, { siteUrl: 'https://watch.example/' });
}

function viewOf(id: string, limits?: Partial<Limits>) {
  const context = contextFor(fordStory({ limits }));
  const entity = context.story.entities.find((node) => node.id === id)!;
  return { view: entityView(entity, context), entity };
}

describe('entity view', () => {
  it('titles its feed the one way feeds are titled, and links it', () => {
    const { view } = viewOf('ford');
    expect(view.feed).toEqual({
      title: 'Ford — Test Watch',
      href: '/entities/ford/rss.xml',
      linkText: 'RSS feed of reports naming Ford',
    });
    expect(view.feeds).toEqual([{ title: 'Ford — Test Watch', href: '/entities/ford/rss.xml' }]);
    expect(view.kindLabel).toBe('Company');
    expect(view.description).toBe('Ford: Role of ford. Events and reports that involve them.');
    expect(view.jsonLd).toMatchObject({ '@type': 'Organization', url: 'https://watch.example/entities/ford/' });
  });

  it('cuts the reports naming it at the limit, says how many more, and names probable outlets as probable', () => {
    const { view } = viewOf('ford', { reportList: 2 });
    expect(view.reports.total).toBe(4);
    expect(view.reports.list.items).toHaveLength(2);
    expect(view.reports.list.hiddenText).toBe('2 more reports not listed here.');
    expect(view.reports.more).toEqual({
      href: '/entities/ford/rss.xml',
      label: 'Follow the feed of reports naming Ford.',
    });

    const labels = viewOf('ford').view.reports.list.items.map(({ report }) => report.outlet.label);
    expect(labels).toContain('Torque Cafe (probable)');
    expect(labels).toContain('Electrek');
  });

  it('carries the marks of its reports, events and claims', () => {
    // A second claim about Ford dated only "2026-02": the dates no longer prove the claims' order.
    const spec = fordStory();
    spec.claims!.push({
      id: 'ford-second',
      basis: 'unnamed-sources',
      entities: ['ford'],
      history: [{ status: 'reported', date: '2026-02', outlet: 'drive' }],
    });
    const context = contextFor(spec);
    const entity = context.story.entities.find(({ id }) => id === 'ford')!;
    const view = entityView(entity, context);
    const pairs = <I extends { mark?: unknown }>(items: I[], id: (item: I) => string) =>
      items.map((item) => [id(item), item.mark]);
    expect(pairs(view.reports.list.items, ({ report }) => report.id)).toEqual(
      entity.reports.map(({ id }) => [id, entity.reportOrderMarks[id]]),
    );
    expect(pairs(view.events, ({ event }) => event.id)).toEqual(
      entity.events.map(({ id }) => [id, entity.eventOrderMarks[id]]),
    );
    expect(pairs(view.claims, ({ claim }) => claim.id)).toEqual(
      entity.claims.map(({ id }) => [id, entity.claimOrderMarks[id]]),
    );
    for (const items of [view.reports.list.items, view.events, view.claims]) {
      expect(items.filter(({ mark }) => mark?.text === 'Order not known').length).toBeGreaterThan(0);
    }
  });

  it('gives its event cards a coverage line cut at the card limit', () => {
    const { view } = viewOf('jim-farley', { eventCardReports: 2 });
    const scoop = view.events.find(({ event }) => event.id === 'bloomberg-scoop')!.event;
    expect(scoop.coverage?.text).toBe('Covered in 4 reports');
    expect(scoop.coverage?.outlets).toHaveLength(2);
    expect(scoop.coverage?.more).toEqual({ count: 2, href: '/events/bloomberg-scoop/' });
  });

  it('says when its country is not stated, and joins its other names', () => {
    const spec = fordStory();
    spec.entities = [...spec.entities!.filter(({ id }) => id !== 'xiaomi'), { id: 'xiaomi', aliases: ['Mi', 'MI'] }];
    const context = contextFor(spec);
    const xiaomi = context.story.entities.find(({ id }) => id === 'xiaomi')!;
    expect(entityView(xiaomi, context).aliases).toBe('Mi, MI');
    expect(entityView(xiaomi, context).country).toEqual({ text: 'United States', known: true });
    delete (xiaomi.data as { country?: string }).country;
    expect(entityView(xiaomi, context).country).toEqual({ text: 'Not stated by our sources', known: false });
    expect(viewOf('ford').view.aliases).toBeUndefined();
  });

  it('is plain data, so its key changes when what it shows does', () => {
    const key = viewKeys({});
    expect(key(viewOf('ford').view)).toBe(key(viewOf('ford').view));
    expect(key(viewOf('ford', { reportList: 2 }).view)).not.toBe(key(viewOf('ford').view));
  });
});

describe('entities index view', () => {
  it('groups the story’s entities by kind, in the kinds’ order, each with its counts', () => {
    const view = entitiesIndexView(contextFor(fordStory()));
    expect(view.description).toBe('The people, companies and governments named in “The test story”.');
    expect(view.lede).toBe('4 names that appear in the reports and events of this story.');
    expect(view.groups.map(({ kind, label }) => [kind, label])).toEqual([
      ['person', 'Person'],
      ['company', 'Company'],
    ]);
    const people = view.groups[0].entities.map(({ entity }) => entity.name);
    expect(people.sort()).toEqual(['Donald Trump', 'Jim Farley']);
    const ford = view.groups[1].entities.find(({ entity }) => entity.id === 'ford')!;
    expect(ford).toMatchObject({ role: 'Role of ford', reportsText: '4 reports', eventsText: '4 events' });
    expect(view.groups[0].entities.find(({ entity }) => entity.id === 'donald-trump')).toEqual({
      entity: { id: 'donald-trump', name: 'Donald Trump', href: '/entities/donald-trump/' },
      role: 'Role of donald-trump',
      reportsText: '1 report',
      eventsText: '2 events',
    });
  });
});
