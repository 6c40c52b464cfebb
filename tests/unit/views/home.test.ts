// The front page's view: the latest development in words that never claim an order the dates do not prove, where
// the claims stand with probable outlets named so, what is new, and the timeline's latest items as cards.
import { describe, expect, it } from 'vitest';
import { homeView } from '../../../src/lib/views/home';
import { viewKeys } from '../../../src/lib/views/key';
import type { Story } from '../../../src/lib/story-types';
import { fordStory, SITE, storyOf, type StorySpec } from '../../helpers/graph-fixture';
import { SCOPE, viewContextOf } from '../../helpers/views';
import { storyPaths } from '../../../src/lib/routes';

const viewOf = (story: Story) => homeView(viewContextOf(story, { siteUrl: 'https://example.org/' }));

const ford = (limits = {}) => viewOf(storyOf(fordStory({ limits })));

/** A claim reported by three outlets, the first only probably the outlet of its one report. */
const movers: StorySpec = {
  reports: [{ id: 'drive-report', source: 'drive', published: '2026-02-03', attribution: 'probable' }],
  claims: [
    {
      id: 'plant',
      basis: 'unnamed-sources',
      brokenBy: 'drive',
      history: [
        { status: 'reported', date: '2026-02-03', outlet: 'drive' },
        { status: 'reported', date: '2026-02-04', outlet: 'paper' },
        { status: 'reported', date: '2026-02-05', outlet: 'wire' },
      ],
    },
  ],
};

describe('the latest development', () => {
  it('is one event, headed in the singular, when the dates prove it came last', () => {
    const { latest } = ford();
    expect(latest?.heading).toBe('Latest development');
    expect(latest?.orderNote).toBeUndefined();
    expect(latest?.items.map(({ event, reportsText }) => [event.id, reportsText])).toEqual([
      ['bloomberg-scoop', '4 reports'],
    ]);
  });

  it('names every event that may be the latest, and says which came last is not known', () => {
    const { latest } = viewOf(
      storyOf({
        reports: [],
        events: [
          { id: 'talks', date: '2026-03' },
          { id: 'visit', date: '2026-03-10' },
        ],
      }),
    );
    expect(latest?.heading).toBe('Latest developments');
    expect(latest?.orderNote?.text).toBe('Which of these came last is not known.');
    expect(latest?.orderNote?.why).not.toBe('');
    expect(latest?.items.map(({ event, reportsText }) => [event.id, reportsText]).sort()).toEqual([
      ['talks', '0 reports'],
      ['visit', '0 reports'],
    ]);
  });

  it('is left out, as the claims board is, when nothing has happened and nothing is claimed', () => {
    const view = viewOf(storyOf({ reports: [] }));
    expect(view.latest).toBeUndefined();
    expect(view.board).toBeUndefined();
  });
});

describe('where things stand', () => {
  it('groups claims by status, with their count and who moved them there, people linked to their pages', () => {
    const board = ford().board!;
    expect(board.ledgerHref).toBe('/claims/');
    expect(board.groups.map((group) => [group.label, group.countText])).toEqual([
      ['Denied', '1 claim'],
      ['Unconfirmed', '1 claim'],
      ['On the record', '1 claim'],
    ]);
    const [denied] = board.groups[0].lines;
    expect(denied).toMatchObject({ href: '/claims/ford-xiaomi-talks/', statusPrefix: 'Denied', movedBy: 'denied by' });
    expect(denied.by).toEqual([{ kind: 'entity', entity: { id: 'ford', name: 'Ford', href: '/entities/ford/' } }]);
  });

  it('names an outlet it only probably attributes as probable, and joins the names "A, B and C"', () => {
    const [line] = viewOf(storyOf(movers)).board!.groups[0].lines;
    expect(line.movedBy).toBe('reported by');
    expect(line.by.map((mover) => [mover.joiner, mover.kind === 'outlet' && mover.outlet.label])).toEqual([
      [undefined, 'Drive (probable)'],
      [', ', 'Paper'],
      [' and ', 'Wire'],
    ]);
  });
});

describe('what is new', () => {
  it('lists the newest additions with their outlet ("(probable)" where so) and the instant for NewSinceVisit', () => {
    const { whatsNew } = ford({ recentlyAdded: 5 });
    expect(whatsNew.lastUpdated?.label).toBe('22 November 2026');
    expect(whatsNew.added).toHaveLength(5);
    const drive = whatsNew.added.find(({ report }) => report.id === 'drive-farley-met')!;
    expect(drive.report.outlet.label).toBe('Drive (probable)');
    expect(drive.added.label).toBe('22 November 2026');
    expect(drive.addedAt).toBe(Date.UTC(2026, 10, 22));
  });
});

describe('the home timeline', () => {
  it('shows the latest items as cards marked for NewSinceVisit, and the periods it shows only in part', () => {
    const { timeline } = ford({ homeItems: 4 });
    const items = timeline.sections.flatMap((section) => section.items);
    expect(items.map((item) => [item.id, item.mark?.text])).toEqual([
      ['electrek-ford-asks', undefined],
      ['bloomberg-scoop', undefined],
      ['autopapo-ford-denies', 'Order not known'],
      ['autoguide-ford-wants', 'Order not known'],
    ]);
    expect(items.every((item) => item.kind === 'event' || item.addedAt === Date.UTC(2026, 10, 22))).toBe(true);
    expect(timeline.archiveHref).toBe('/timeline/');
    expect(timeline.earlier.map((period) => [period.label, period.countText])).toEqual([
      ['February 2026', '8 items'],
      ['January 2026', '2 items'],
    ]);
  });

  it('lists the same items in its JSON-LD, with absolute URLs and why an order is not known', () => {
    const { jsonLd } = ford({ homeItems: 4 }) as { jsonLd: { itemListElement: Record<string, string>[] } };
    expect(jsonLd.itemListElement.map((item) => item.url)).toEqual([
      'https://example.org/reports/electrek-ford-asks/',
      'https://example.org/events/bloomberg-scoop/',
      'https://example.org/reports/autopapo-ford-denies/',
      'https://example.org/reports/autoguide-ford-wants/',
    ]);
    expect(jsonLd.itemListElement[2].description).toMatch(/its place here is not known/);
    expect(jsonLd.itemListElement[0].description).toBeUndefined();
  });

  it('shows plans apart, as event cards', () => {
    const { plans } = ford();
    expect(plans.map((event) => [event.id, event.planned])).toEqual([['xi-meeting', true]]);
  });
});

describe('the front page', () => {
  it('carries the story head with the date its "so far" speaks for, and hashes as plain data', () => {
    const view = ford();
    expect(view.head).toEqual({ title: 'Test Watch', feeds: [] });
    expect(view.story.allStoriesHref).toBeUndefined();
    expect(view.story).toMatchObject({
      kicker: 'Developing story',
      title: 'The test story',
      soFar: ['So far, tests.'],
    });
    expect(view.story.soFarAsOf?.label).toBe('22 November 2026');
    expect(view.follow).toEqual({
      rssHref: '/rss.xml',
      jsonFeedHref: '/feed.json',
      storyJsonHref: '/story.json',
      openDataHref: '/open-data/',
    });
    const key = viewKeys({ site: SITE });
    expect(key(view)).toBe(key(ford()));
    expect(key(view)).not.toBe(key(ford({ homeItems: 4 })));
  });

  it('says a story with no reports, events or claims has none yet, and only then', () => {
    expect(viewOf(storyOf({ reports: [] })).nothingYet).toBe(
      'We have recorded no reports, events or claims on this story yet.',
    );
    expect(ford().nothingYet).toBeUndefined();
    expect(viewOf(storyOf({ reports: [], events: [{ id: 'talks', date: '2026-03' }] })).nothingYet).toBeUndefined();
  });

  it('of a story under /stories/<id>/ is titled with the story, says its status, and offers its own feeds', () => {
    const view = homeView(
      viewContextOf(storyOf(fordStory()), {
        siteUrl: 'https://example.org/',
        scope: { ...SCOPE, status: 'concluded', routes: storyPaths('test-story') },
      }),
    );
    expect(view.head).toEqual({
      title: 'The test story',
      feeds: [
        { title: 'The test story — Test Watch', href: '/stories/test-story/rss.xml' },
        {
          title: 'The test story — Test Watch (JSON Feed)',
          href: '/stories/test-story/feed.json',
          type: 'application/feed+json',
        },
      ],
      story: { title: 'The test story', href: '/stories/test-story/' },
    });
    expect(view.story).toMatchObject({ kicker: 'Concluded story', allStoriesHref: '/stories/' });
    expect(view.follow).toEqual({
      rssHref: '/stories/test-story/rss.xml',
      jsonFeedHref: '/stories/test-story/feed.json',
      storyJsonHref: '/stories/test-story/story.json',
      openDataHref: '/open-data/',
    });
    expect(view.timeline.archiveHref).toBe('/stories/test-story/timeline/');
    expect(view.board?.ledgerHref).toBe('/stories/test-story/claims/');
  });
});
