// The timeline's views: sections of card views with their marks and tie notes, the archive's period links, and a
// period's page with its neighbours; each plain enough to be its page's cache key.
import { describe, expect, it } from 'vitest';
import { viewKeys } from '../../../src/lib/views/key';
import {
  timelineIndexView,
  timelinePageParam,
  timelinePageView,
  timelineSections,
} from '../../../src/lib/views/timeline';
import type { Story } from '../../../src/lib/story-types';
import { fordStory, SITE, storyOf } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

const contextFor = (story: Story) => viewContextOf(story, { siteUrl: 'https://example.org/' });

// Three items a page: February 2026 (eight items) takes three pages.
const story = () => storyOf(fordStory({ limits: { timelinePage: 3 } }));
const february = (page: number) => {
  const graph = story();
  const found = graph.timelinePages.find((entry) => entry.key === '2026-02' && entry.page === page)!;
  return { graph, view: timelinePageView(found, contextFor(graph)) };
};

describe('a timeline page', () => {
  it('says which page of its period it is, and links the pages either side in words', () => {
    const first = february(1).view;
    expect(first.title).toBe('February 2026 (page 1 of 3)');
    expect(first.earlier).toBeUndefined();
    expect(first.later).toEqual({ href: '/timeline/2026-02/2/', text: 'Later in February 2026' });
    const middle = february(2).view;
    expect(middle.earlier).toEqual({ href: '/timeline/2026-02/', text: 'Earlier in February 2026' });
    expect(middle.later?.href).toBe('/timeline/2026-02/3/');
    expect(february(3).view.later).toBeUndefined();
    expect(middle.description).toBe('What happened in “The test story” in February 2026, and who reported it.');
  });

  it('titles a period of one page without a page number', () => {
    const graph = story();
    const january = graph.timelinePages.find((entry) => entry.key === '2026-01')!;
    const view = timelinePageView(january, contextFor(graph));
    expect(view.title).toBe('January 2026');
    expect([view.earlier, view.later]).toEqual([undefined, undefined]);
    expect(timelinePageParam(january)).toBe('2026-01');
    expect(timelinePageParam(graph.timelinePages.find((entry) => entry.page === 2)!)).toBe('2026-02/2');
  });

  it('shows its items as cards, a probable report named "(probable)", each with the mark its place needs', () => {
    const { section } = february(2).view;
    expect(section.items.map((item) => [item.kind, item.id, item.mark?.text])).toEqual([
      ['report', 'drive-farley-met', 'Order not known'],
      ['report', 'torque-cafe-landmark', 'Order not known'],
      ['report', 'autopapo-ford-denies', 'Order not known'],
    ]);
    const [drive] = section.items;
    expect(drive.kind === 'report' && drive.report.outlet.label).toBe('Drive (probable)');
    expect(section.tieNotes).toEqual([
      '3 reports are dated only “February 2026”: their order is not known, so they are listed by outlet name.',
    ]);
  });

  it('shows an event as its card, its coverage naming probable outlets as probable', () => {
    const { section } = february(3).view;
    const scoop = section.items.find((item) => item.id === 'bloomberg-scoop')!;
    expect(scoop.kind).toBe('event');
    const labels = scoop.kind === 'event' ? scoop.event.coverage?.outlets.map((outlet) => outlet.label) : [];
    expect(labels).toContain('Drive (probable)');
    expect(scoop.mark).toBeUndefined();
  });

  it('is plain data, so its hash is its cache key, and the key changes with what it shows', () => {
    const key = viewKeys({ site: SITE });
    expect(key(february(2).view)).toBe(key(february(2).view));
    expect(key(february(2).view)).not.toBe(key(february(3).view));
  });
});

describe('timeline sections', () => {
  it('give reports their added instant only where a page marks what is new since a visit', () => {
    const graph = story();
    const { cards } = viewContextOf(graph);
    const reportsOf = (markAdded: boolean) =>
      timelineSections(graph.homeTimeline, cards, { markAdded }).flatMap((section) =>
        section.items.flatMap((item) => (item.kind === 'report' ? [item.addedAt] : [])),
      );
    const earliest = graph.reportById.get('electrek-ford-asks')!.added.interval.earliest;
    expect(reportsOf(true)).toContain(earliest);
    expect(reportsOf(true).every((at) => typeof at === 'number')).toBe(true);
    expect(reportsOf(false).every((at) => at === undefined)).toBe(true);
  });
});

describe('the timeline archive index', () => {
  it('links every period with how many items it holds', () => {
    const view = timelineIndexView(contextFor(story()));
    expect(view.title).toBe('Timeline archive');
    expect(view.description).toBe('Every month of “The test story”, each with its events and reports.');
    expect(view.homeHref).toBe('/');
    expect(view.periods).toEqual([
      { key: '2026-01', href: '/timeline/2026-01/', label: 'January 2026', countText: '2 items' },
      { key: '2026-02', href: '/timeline/2026-02/', label: 'February 2026', countText: '8 items' },
      { key: '2026-04', href: '/timeline/2026-04/', label: 'April 2026', countText: '1 item' },
    ]);
  });
});
