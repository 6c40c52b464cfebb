// View contexts for unit tests of src/lib/views: the test site's settings (or another), a site URL when a test reads
// absolute URLs, and a digest fingerprint per report (its id), as src/content.ts gives them for a build; the site's
// stories when a test builds a site graph of several (siteContextOf).
import type { SiteData } from '../../src/schemas/site';
import { buildSiteGraph } from '../../src/lib/graph/stories';
import type { ContentTypes, Story } from '../../src/lib/story-types';
import { createViews, type Views } from '../../src/lib/views';
import { createCards } from '../../src/lib/views/cards';
import { contextOf, siteStories, type Scope, type SiteStories, type ViewContext } from '../../src/lib/views/context';
import { dateView } from '../../src/lib/dates';
import { scopePaths } from '../../src/lib/routes';
import { SITE, STORY_DATA, storyInput, type StorySpec } from './graph-fixture';

/** The scope of a site that follows one story: the test story, its pages at the root. */
export const SCOPE: Scope = {
  storyId: 'test-story',
  title: STORY_DATA.title,
  description: STORY_DATA.description,
  soFar: STORY_DATA.soFar,
  soFarAsOf: dateView({ start: STORY_DATA.soFarAsOf! }, 'UTC'),
  routes: scopePaths(),
};

/** A graph built without stories (storyOf) names none. */
const NO_STORIES: SiteStories = { list: [], byStory: () => [] };

const settingsOf = (story: Story, site: SiteData, siteUrl: string | undefined, stories = NO_STORIES) => ({
  site,
  siteUrl: siteUrl === undefined ? undefined : new URL(siteUrl),
  digests: new Map(story.reports.map((report) => [report.id, `digest:${report.id}`])),
  stories,
});

export const viewsOf = (story: Story): Views =>
  createViews(story, settingsOf(story, SITE, 'https://news.example.test/'), SCOPE);

/** A view context for `story`: the test site unless another is given, no site URL unless one is given. */
export const viewContextOf = (
  story: Story,
  {
    site = SITE,
    siteUrl,
    scope = SCOPE,
    stories,
  }: { site?: SiteData; siteUrl?: string; scope?: Scope; stories?: SiteStories } = {},
) =>
  contextOf(
    story,
    createCards({ siteName: site.name, limits: story.limits }),
    settingsOf(story, site, siteUrl, stories),
    scope,
  );

/** The site graph of a spec that names its stories, and the site-wide view context over every story's entries. */
export function siteContextOf(spec: StorySpec, options: { siteUrl?: string } = {}) {
  const graph = buildSiteGraph<ContentTypes>(storyInput(spec));
  return { graph, context: viewContextOf(graph.all, { ...options, stories: siteStories(graph) }) };
}

export type { ViewContext };
