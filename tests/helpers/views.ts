// View contexts for unit tests of src/lib/views: the test site's settings (or another), a site URL when a test reads
// absolute URLs, and a digest fingerprint per report (its id), as src/content.ts gives them for a build.
import type { SiteData } from '../../src/schemas/site';
import type { Story } from '../../src/lib/story-types';
import { createViews, type Views } from '../../src/lib/views';
import { createCards } from '../../src/lib/views/cards';
import { contextOf, type Scope, type ViewContext } from '../../src/lib/views/context';
import { dateView } from '../../src/lib/dates';
import { scopePaths } from '../../src/lib/routes';
import { SITE, STORY_DATA } from './graph-fixture';

/** The scope of a site that follows one story: the test story, its pages at the root. */
export const SCOPE: Scope = {
  storyId: 'test-story',
  title: STORY_DATA.title,
  description: STORY_DATA.description,
  soFar: STORY_DATA.soFar,
  soFarAsOf: dateView({ start: STORY_DATA.soFarAsOf! }, 'UTC'),
  routes: scopePaths(),
};

const settingsOf = (story: Story, site: SiteData, siteUrl: string | undefined) => ({
  site,
  siteUrl: siteUrl === undefined ? undefined : new URL(siteUrl),
  digests: new Map(story.reports.map((report) => [report.id, `digest:${report.id}`])),
});

export const viewsOf = (story: Story): Views =>
  createViews(story, settingsOf(story, SITE, 'https://news.example.test/'), SCOPE);

/** A view context for `story`: the test site unless another is given, no site URL unless one is given. */
export const viewContextOf = (
  story: Story,
  { site = SITE, siteUrl, scope = SCOPE }: { site?: SiteData; siteUrl?: string; scope?: Scope } = {},
) =>
  contextOf(story, createCards({ siteName: site.name, limits: story.limits }), settingsOf(story, site, siteUrl), scope);

export type { ViewContext };
