// Cache keys for incremental builds: a page's key moves with everything the page shows, and only with that.
import { describe, expect, it } from 'vitest';
import { cacheKeys } from '../../../src/lib/graph/cache-keys';
import type { Story } from '../../../src/lib/story-types';
import { fordStory, SITE, storyOf, type StorySpec } from '../../helpers/graph-fixture';

/** The Ford story and a report far from it: its own outlet, no events, entities or claims, a year earlier. */
function spec(): StorySpec {
  const story = fordStory();
  return {
    ...story,
    sources: [...(story.sources ?? []), { id: 'lone-outlet', name: 'Lone Outlet' }],
    reports: [...story.reports, { id: 'far-report', source: 'lone-outlet', published: '2025-01-10' }],
  };
}

/** Every keyed page of a story, by "kind:id" (timeline pages by "timeline:period/page"). */
function keysOf(story: Story, options: { site?: unknown; digests?: Record<string, string> } = {}) {
  const digests = new Map(
    story.reports.map((report) => [report.id, options.digests?.[report.id] ?? `digest ${report.id}`]),
  );
  const keys = cacheKeys(story, { site: options.site ?? SITE, digests });
  const pages = new Map<string, string>();
  for (const report of story.reports) pages.set(`report:${report.id}`, keys.report(report));
  for (const source of story.sources) {
    pages.set(`source:${source.id}`, keys.source(source));
    pages.set(`source-feed:${source.id}`, keys.sourceFeed(source));
  }
  for (const entity of story.entities) {
    pages.set(`entity:${entity.id}`, keys.entity(entity));
    pages.set(`entity-feed:${entity.id}`, keys.entityFeed(entity));
  }
  for (const event of story.events) pages.set(`event:${event.id}`, keys.event(event));
  for (const claim of story.claims) pages.set(`claim:${claim.id}`, keys.claim(claim));
  for (const page of story.timelinePages) pages.set(`timeline:${page.key}/${page.page}`, keys.timelinePage(page));
  return pages;
}

const base = () => keysOf(storyOf(spec()));

/** The pages whose key an edit of the story's files changes. */
function changedBy(edit: (story: StorySpec) => void, options?: Parameters<typeof keysOf>[1]): string[] {
  const before = base();
  const edited = spec();
  edit(edited);
  const after = keysOf(storyOf(edited), options);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  return [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page);
}

const report = (story: StorySpec, id: string) => story.reports.find((entry) => entry.id === id)!;

describe('cache keys', () => {
  it('are the same for the same story, and differ between the pages of one route', () => {
    const keys = base();
    expect(keysOf(storyOf(spec()))).toEqual(keys);
    const routes = Map.groupBy(keys, ([page]) => page.split(':')[0]);
    for (const pages of routes.values()) expect(new Set(pages.map(([, key]) => key)).size).toBe(pages.length);
  });

  it('move every page that shows a report’s headline when it is edited: its own, its neighbours’, its outlet’s, its events’, claims’, entities’ and their feeds, its timeline month', () => {
    const story = storyOf(spec());
    const electrek = story.reportById.get('electrek-ford-asks')!;
    const changed = changedBy((edited) => (report(edited, 'electrek-ford-asks').headline = 'A new headline'));
    const expected = [
      'report:electrek-ford-asks',
      ...[electrek.previous, electrek.next].flatMap((other) => (other ? [`report:${other.id}`] : [])),
      ...electrek.related.map(({ report: other }) => `report:${other.id}`),
      'source:electrek',
      'source-feed:electrek',
      ...electrek.events.map((event) => `event:${event.id}`),
      ...electrek.claims.map(({ claim }) => `claim:${claim.id}`),
      ...electrek.entities.flatMap((entity) => [`entity:${entity.id}`, `entity-feed:${entity.id}`]),
      'source:bloomberg', // cited by it: the outlet page lists the reports citing it
      'timeline:2026-02/1',
    ];
    expect(changed).toEqual(expect.arrayContaining(expected));
    expect(changed).not.toContain('report:far-report');
    expect(changed).not.toContain('source:lone-outlet');
    expect(changed).not.toContain('entity:xiaomi');
  });

  it('move a report page with its neighbours: the far report’s headline is on the page after it, and no other report page', () => {
    const story = storyOf(spec());
    const far = story.reportById.get('far-report')!;
    expect(far.next).toBeDefined();
    const changed = changedBy((edited) => (report(edited, 'far-report').headline = 'Another headline'));
    expect(changed.filter((page) => page.startsWith('report:')).sort()).toEqual(
      ['report:far-report', `report:${far.next!.id}`].sort(),
    );
  });

  it('move the pages of a report whose digest alone changed (what the graph does not hold)', () => {
    const changed = changedBy(() => {}, { digests: { 'far-report': 'an edited digest' } });
    expect(changed).toContain('report:far-report');
    expect(changed).not.toContain('report:electrek-ford-asks');
  });

  it('move the pages naming an outlet, an entity, an event or a claim that was edited', () => {
    const renamed = changedBy(
      (edited) => (edited.sources!.find((source) => source.id === 'bloomberg')!.name = 'Bloomberg News'),
    );
    expect(renamed).toEqual(
      expect.arrayContaining(['report:electrek-ford-asks', 'source:bloomberg', 'claim:farley-pitch']),
    );
    expect(renamed).not.toContain('report:far-report');

    const entity = changedBy((edited) => (edited.entities!.find((one) => one.id === 'xiaomi')!.name = 'Xiaomi Corp'));
    expect(entity).toEqual(expect.arrayContaining(['report:autopapo-ford-denies', 'entity:xiaomi', 'event:ft-story']));
    expect(entity).not.toContain('report:far-report');

    const event = changedBy((edited) => (edited.events!.find((one) => one.id === 'xi-meeting')!.title = 'Summit'));
    expect(event).toEqual(
      expect.arrayContaining(['report:electrek-ford-asks', 'event:xi-meeting', 'entity:donald-trump']),
    );
    expect(event).not.toContain('report:autopapo-ford-denies');

    const claim = changedBy((edited) => {
      edited
        .claims!.find((one) => one.id === 'farley-pitch')!
        .history.push({ status: 'denied', date: '2026-02-20', entity: 'ford' });
    });
    expect(claim).toEqual(
      expect.arrayContaining(['claim:farley-pitch', 'report:drive-farley-met', 'entity:jim-farley']),
    );
    expect(claim).not.toContain('report:far-report');
  });

  it('move every page when the site’s settings or list limits change', () => {
    const all = base().size;
    expect(changedBy(() => {}, { site: { ...SITE, name: 'Renamed Watch' } })).toHaveLength(all);
    expect(changedBy((edited) => (edited.limits = { eventCardReports: 2 }))).toHaveLength(all);
  });

  it('refuse a graph value JSON would drop, rather than miss what it holds', () => {
    const story = storyOf(spec());
    (story.reports[0] as unknown as { extra: Map<string, string> }).extra = new Map([['a', 'b']]);
    expect(() => keysOf(story)).toThrow(/cannot be hashed as JSON/);
  });

  it('need the digest of every report', () => {
    const story = storyOf(spec());
    expect(() => cacheKeys(story, { site: SITE, digests: new Map() }).report(story.reports[0])).toThrow(/no digest/);
  });
});
