// The views of the feeds: the story's RSS and JSON Feed, one outlet's and one entity's RSS. A feed's title comes
// from the thing it follows (an outlet's from its OutletRef, so the feed and the pages' <link rel="alternate">
// agree); its items are the graph's feed items, with "Order not known" where the dates do not prove their place.
import { type Feed, feedItems } from '../feeds';
import { feedTitle } from '../graph';
import type { SiteData } from '../../schemas/site';
import { paths, withBase } from '../routes';
import type { Entity, Source } from '../story-types';
import { isSiteWide, type Scope, type ViewContext } from './context';

/** A feed offered in a page's head (`<link rel="alternate">`). */
export interface FeedLink {
  title: string;
  href: string;
  type?: 'application/rss+xml' | 'application/feed+json';
}

/** A feed's view is the feed itself: every format writes the same title, description and items. */
export type FeedView = Feed;

/**
 * A scope's own feeds, titled as the feeds title themselves: the site-wide feeds (every page offers them) by the
 * site's name, a story's by its title and the site's name, so a reader subscribed to several can tell them apart.
 */
export function storyFeedLinks(site: SiteData, scope?: Pick<Scope, 'title' | 'routes'>): FeedLink[] {
  const routes = scope?.routes ?? paths;
  const title = scope && !isSiteWide(scope) ? feedTitle(scope.title, site.name) : site.name;
  return [
    { title, href: withBase(routes.rss()) },
    { title: `${title} (JSON Feed)`, href: withBase(routes.jsonFeed()), type: 'application/feed+json' },
  ];
}

export function storyFeedView({ story, settings, scope, absolute }: ViewContext, feedPath: string): FeedView {
  return {
    title: storyFeedLinks(settings.site, scope)[0].title,
    description: scope.description,
    homeUrl: absolute(scope.routes.home()),
    feedUrl: absolute(feedPath),
    language: settings.site.language,
    items: feedItems(story.feed, settings.siteUrl),
  };
}

export function outletFeedView(source: Source, { cards, settings, scope, absolute }: ViewContext): FeedView {
  const { title } = cards.outlet(source).feed;
  const name = source.label;
  return {
    title,
    description: source.citedOnly
      ? `Reports citing ${name} on “${scope.title}”.`
      : `Reports by ${name} on “${scope.title}”.`,
    homeUrl: absolute(paths.home()),
    feedUrl: absolute(paths.sourceRss(source.id)),
    language: settings.site.language,
    items: feedItems(source.feed, settings.siteUrl),
  };
}

export function entityFeedView(entity: Entity, { cards, settings, scope, absolute }: ViewContext): FeedView {
  return {
    title: cards.entityFeed(entity).title,
    description: `Reports naming ${entity.name} in “${scope.title}”.`,
    homeUrl: absolute(paths.home()),
    feedUrl: absolute(paths.entityRss(entity.id)),
    language: settings.site.language,
    items: feedItems(entity.feed, settings.siteUrl),
  };
}
