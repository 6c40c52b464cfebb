// What a page of a scope shows besides its content (src/lib/views/scope.ts): the site-wide pages exactly what they
// showed before there were stories, a story's own pages its name in their title, feeds and a line over the heading.
import { describe, expect, it } from 'vitest';
import { storyPaths } from '../../../src/lib/routes';
import { claimsIndexView } from '../../../src/lib/views/claim';
import { coverageView } from '../../../src/lib/views/coverage';
import { storyFeedLinks, storyFeedView } from '../../../src/lib/views/feeds';
import { scopeHead } from '../../../src/lib/views/scope';
import { timelineIndexView, timelinePageView } from '../../../src/lib/views/timeline';
import { fordStory, SITE, storyOf } from '../../helpers/graph-fixture';
import { SCOPE, viewContextOf } from '../../helpers/views';

const story = storyOf(fordStory());
const siteWide = viewContextOf(story, { siteUrl: 'https://example.org/' });
const own = viewContextOf(story, {
  siteUrl: 'https://example.org/',
  scope: { ...SCOPE, routes: storyPaths('test-story') },
});

describe('the head of a page', () => {
  it('of the site-wide pages is the page’s own title and no feeds of its own', () => {
    expect(scopeHead(siteWide, 'Claims')).toEqual({ title: 'Claims', feeds: [] });
  });

  it('of a story’s own pages names the story in the title, offers its feeds and links its front', () => {
    expect(scopeHead(own, 'Claims')).toEqual({
      title: 'Claims · The test story',
      feeds: storyFeedLinks(SITE, own.scope),
      story: { title: 'The test story', href: '/stories/test-story/' },
    });
    // The story's front is titled with the story alone.
    expect(scopeHead(own, 'The test story').title).toBe('The test story');
  });

  it('is what the archive, a period page, the claims index and the coverage page carry', () => {
    const page = story.timelinePages[0];
    for (const view of [timelineIndexView(own), timelinePageView(page, own), claimsIndexView(own), coverageView(own)])
      expect(view.head.story).toEqual({ title: 'The test story', href: '/stories/test-story/' });
    expect(timelinePageView(page, own).head.title).toBe(`${page.label} · The test story`);
    expect(timelinePageView(page, own).archiveHref).toBe('/stories/test-story/timeline/');
    expect(timelineIndexView(own).periods[0].href).toMatch(/^\/stories\/test-story\/timeline\/\d{4}/);
    expect(timelinePageView(page, siteWide).head).toEqual({ title: page.label, feeds: [] });
  });
});

describe('a story’s feeds', () => {
  it('are titled with the site’s name at the root and with the story’s title under /stories/<id>/', () => {
    expect(storyFeedLinks(SITE).map((feed) => [feed.title, feed.href])).toEqual([
      ['Test Watch', '/rss.xml'],
      ['Test Watch (JSON Feed)', '/feed.json'],
    ]);
    expect(storyFeedLinks(SITE, siteWide.scope)).toEqual(storyFeedLinks(SITE));
    expect(storyFeedLinks(SITE, own.scope).map((feed) => [feed.title, feed.href])).toEqual([
      ['The test story — Test Watch', '/stories/test-story/rss.xml'],
      ['The test story — Test Watch (JSON Feed)', '/stories/test-story/feed.json'],
    ]);
  });

  it('title themselves as the pages’ links do, and point home to the story’s front', () => {
    const feed = storyFeedView(own, own.scope.routes.rss());
    expect(feed).toMatchObject({
      title: 'The test story — Test Watch',
      homeUrl: 'https://example.org/stories/test-story/',
      feedUrl: 'https://example.org/stories/test-story/rss.xml',
    });
  });
});
