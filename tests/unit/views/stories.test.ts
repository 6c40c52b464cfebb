// The list of stories (src/lib/views/stories.ts): the site's order with its marks and ties, each story's status,
// latest development never more precise than known, where its claims stand, its reports by the day they were added
// for "new since your last visit", and a story with nothing yet saying so; the home page is the front for one story.
import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../../src/lib/graph/stories';
import type { ContentTypes } from '../../../src/lib/story-types';
import { homePageView, storiesView } from '../../../src/lib/views/stories';
import { viewKeys } from '../../../src/lib/views/key';
import { SITE, storyInput, type StorySpec } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

/** Three stories sharing an outlet (wire) and two people, two of them tied on 10 February; one with nothing yet. */
const spec: StorySpec = {
  stories: [
    { id: 'tariffs', title: 'Tariffs', status: 'developing' },
    { id: 'summit', title: 'Summit', status: 'quiet' },
    { id: 'plant', title: 'Plant', status: 'concluded' },
    { id: 'empty', title: 'Nothing yet' },
  ],
  events: [
    { id: 'tariff-set', stories: ['tariffs'], date: '2026-02-10', entities: ['pat'], title: 'Tariff set' },
    { id: 'summit-held', stories: ['summit'], date: '2026-02-10', entities: ['pat', 'robin'], title: 'Summit held' },
    { id: 'plant-opens', stories: ['plant'], date: '2026-01', entities: ['robin'], title: 'Plant opens' },
  ],
  reports: [
    { id: 'wire-tariff', stories: ['tariffs'], source: 'wire', published: '2026-02-09', added: '2026-02-09' },
    { id: 'wire-tariff-2', stories: ['tariffs'], source: 'wire', published: '2026-02-08', added: '2026-02-09' },
    { id: 'wire-summit', stories: ['summit'], source: 'wire', published: '2026-02-09', added: '2026-02-11' },
    { id: 'paper-plant', stories: ['plant'], source: 'paper', published: '2026-01', added: '2026-02-01' },
  ],
  claims: [
    {
      id: 'tariff-rises',
      stories: ['tariffs'],
      basis: 'unnamed-sources',
      history: [{ status: 'reported', date: '2026-02-09', outlet: 'wire' }],
    },
    {
      id: 'tariff-denied',
      stories: ['tariffs'],
      basis: 'unnamed-sources',
      history: [
        { status: 'reported', date: '2026-02-09', outlet: 'wire' },
        { status: 'denied', date: '2026-02-10', entity: 'pat' },
      ],
    },
    {
      id: 'tariff-said',
      stories: ['tariffs'],
      basis: 'on-record',
      claimant: 'pat',
      history: [{ status: 'on-record', date: '2026-02-09', entity: 'pat' }],
    },
  ],
};

const siteOf = (storySpec: StorySpec) => buildSiteGraph<ContentTypes>(storyInput(storySpec));
const contextOf = (site: ReturnType<typeof siteOf>) => viewContextOf(site.all, { siteUrl: 'https://example.org/' });
const listOf = (storySpec = spec) => {
  const site = siteOf(storySpec);
  return storiesView(site, contextOf(site), { title: 'Stories', heading: 'Stories' });
};

describe('the list of stories', () => {
  it('lists the stories in the site’s order, each linking to its front, the one with nothing yet last', () => {
    const view = listOf();
    expect(view.stories.map((story) => [story.id, story.href, story.title])).toEqual([
      ['summit', '/stories/summit/', 'Summit'],
      ['tariffs', '/stories/tariffs/', 'Tariffs'],
      ['plant', '/stories/plant/', 'Plant'],
      ['empty', '/stories/empty/', 'Nothing yet'],
    ]);
  });

  it('marks the two stories tied on their latest development’s day, and says why in a note', () => {
    const view = listOf();
    const marks = Object.fromEntries(view.stories.map((story) => [story.id, story.mark?.text]));
    expect(marks).toEqual({
      summit: 'Order not known',
      tariffs: 'Order not known',
      plant: undefined,
      empty: undefined,
    });
    expect(view.tieNotes).toEqual([
      '2 stories’ latest developments are dated only “10 February 2026”: which came last is not known, so they are listed by title.',
    ]);
    expect(listOf({ ...spec, events: spec.events!.filter((event) => event.id !== 'summit-held') }).tieNotes).toEqual(
      [],
    );
  });

  it('gives each story its status and dek, and its latest development linked, dated no more precisely than known', () => {
    const [summit, tariffs, plant, empty] = listOf().stories;
    expect(summit.status).toEqual({ key: 'quiet', label: 'Quiet' });
    expect(plant.status).toEqual({ key: 'concluded', label: 'Concluded' });
    expect(tariffs.description).toBe('The story tariffs.');
    expect(tariffs.latest).toMatchObject({ title: 'Tariff set', href: '/events/tariff-set/' });
    expect(plant.latest?.href).toBe('/reports/paper-plant/');
    expect(plant.latest?.when.label).toBe('January 2026');
    expect(plant.latest?.when.datetime).toBe('2026-01');
    // "Latest" only where the dates prove it: the plant's event and report are both dated only January 2026.
    expect(tariffs.latest).toMatchObject({ label: 'Latest', note: undefined, why: undefined });
    expect(plant.latest).toMatchObject({
      label: 'Among the latest',
      note: 'the dates do not show which came last',
      why: expect.stringMatching(/^The dates do not show which came latest: .*Plant opens \(January 2026\)/),
    });
    expect(empty.latest).toBeUndefined();
  });

  it('says where each story’s claims stand in one line, by status, and that a story has none', () => {
    const [summit, tariffs] = listOf().stories;
    expect(tariffs.standing).toBe('3 claims: 1 denied, 1 unconfirmed, 1 on the record');
    expect(summit.standing).toBe('No claims tracked yet');
    const one = listOf({ ...spec, claims: spec.claims!.slice(1, 2) }).stories.find((story) => story.id === 'tariffs');
    expect(one?.standing).toBe('1 claim: denied');
  });

  it('counts each story’s reports, says a story has none yet, and groups them by the day they were added', () => {
    const [summit, tariffs, plant, empty] = listOf().stories;
    expect([summit, tariffs, plant, empty].map((story) => story.reportsText)).toEqual([
      '1 report',
      '2 reports',
      '1 report',
      'No reports yet',
    ]);
    // Both tariffs reports were added on 9 February: one instant, two reports (the test site's zone is UTC).
    expect(tariffs.added).toEqual([{ at: Date.UTC(2026, 1, 9), reports: 2 }]);
    expect(plant.added).toEqual([{ at: Date.UTC(2026, 1, 1), reports: 1 }]);
    expect(empty.added).toEqual([]);
  });

  it('is titled as asked, describes the list and hashes as plain data', () => {
    const view = listOf();
    expect(view).toMatchObject({ title: 'Stories', heading: 'Stories' });
    expect(view.description).toBe('The 4 stories Test Watch follows, latest development first.');
    expect((view.jsonLd as { itemListElement: { url: string }[] }).itemListElement.map((item) => item.url)).toEqual([
      'https://example.org/stories/summit/',
      'https://example.org/stories/tariffs/',
      'https://example.org/stories/plant/',
      'https://example.org/stories/empty/',
    ]);
    const key = viewKeys({ site: SITE });
    expect(key(view)).toBe(key(listOf()));
  });
});

describe('the home page', () => {
  it('is the list of stories, titled with the site’s name, when the site follows several', () => {
    const site = siteOf(spec);
    const page = homePageView(site, contextOf(site));
    expect(page.kind).toBe('stories');
    expect(page.kind === 'stories' && [page.view.title, page.view.heading]).toEqual([
      'Test Watch',
      'The stories we follow',
    ]);
  });

  it('is the story’s front when the site follows one', () => {
    const site = siteOf({
      stories: [{ id: 'only', title: 'Only' }],
      reports: [{ id: 'r', stories: ['only'], source: 'wire', published: '2026-02-11' }],
    });
    const page = homePageView(site, contextOf(site));
    expect(page.kind).toBe('front');
  });
});
