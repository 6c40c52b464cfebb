// What every view builder is given: the graph's cards, the site's settings, the story (or stories) in scope and how
// to write absolute URLs.
import type { DateView } from '../dates';
import type { SiteGraph } from '../graph/stories';
import { absoluteUrl, paths, scopePaths, type ScopePaths } from '../routes';
import type { SiteData } from '../../schemas/site';
import type { StoryData, StoryStatus } from '../../schemas/stories';
import type { ContentTypes, Story } from '../story-types';
import type { Cards } from './cards';

export interface ViewSettings {
  /** The site's own settings (content/site.yaml): every page shows some of them (its name, its language). */
  site: SiteData;
  /** The deployed site's address (`site` in astro.config.mjs), for absolute URLs in JSON-LD and feeds. */
  siteUrl: URL | undefined;
  /** A fingerprint of each report's digest as rendered, by report id: the one thing a page shows the graph lacks. */
  digests: ReadonlyMap<string, string>;
  /** The stories the site follows: what report, event and claim pages say they are part of, and story.json lists. */
  stories: SiteStories;
}

/** One story the site follows, and where its front is. */
export interface StoryEntry {
  id: string;
  title: string;
  data: StoryData;
  /** Its front's root-relative path. */
  home: string;
}

export interface SiteStories {
  /** In the site's order: newest development first. */
  list: StoryEntry[];
  /** The graph's grouping of reports by story (`SiteGraph.byStory`), for outlet and entity pages. */
  byStory: SiteGraph<ContentTypes>['byStory'];
}

/**
 * The site's stories for its views. A story's title links to its own front at /stories/<id>/, also on a site that
 * follows one (whose home page shows the same front): membership, JSON-LD and story.json name one page per story,
 * which stays right when a second story is added.
 */
export function siteStories({ stories, byStory }: Pick<SiteGraph<ContentTypes>, 'stories' | 'byStory'>): SiteStories {
  return {
    list: stories.map(({ id, title, data }) => ({ id, title, data, home: paths.story(id) })),
    byStory,
  };
}

/**
 * What the pages of a graph follow: one story (its front at /stories/<id>/, or the whole site when it follows one),
 * or every story the site follows (the site-wide timeline, claims and feeds).
 */
export interface Scope {
  /** The story's id; none for the site-wide scope of several stories. */
  storyId?: string;
  title: string;
  description: string;
  /** "The story so far", and the date it speaks for; none for several stories. */
  soFar?: string[];
  soFarAsOf?: DateView;
  /** Whether the story is developing, quiet or concluded; none for several stories. */
  status?: StoryStatus;
  /** Where the scope's own pages and feeds are. */
  routes: ScopePaths;
}

/** The site-wide pages are at the root; a story's own pages are under /stories/<id>/. */
export const isSiteWide = (scope: Pick<Scope, 'routes'>) => scope.routes.home() === scopePaths().home();

export interface ViewContext {
  story: Story;
  cards: Cards;
  settings: ViewSettings;
  scope: Scope;
  /** An absolute URL on the deployed site for a root-relative path. */
  absolute(path: string): string;
}

export const contextOf = (story: Story, cards: Cards, settings: ViewSettings, scope: Scope): ViewContext => ({
  story,
  cards,
  settings,
  scope,
  absolute: (path) => absoluteUrl(path, settings.siteUrl),
});
