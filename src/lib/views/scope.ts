// What every page of a scope shows besides its own content: its document title, the feeds its head offers and, on
// a story's own pages, the story they belong to. The site-wide pages show nothing more than before there were
// stories (their title as it was, no feeds but the site's, no story line), so a site of one story reads as it did.
import { withBase } from '../routes';
import { isSiteWide, type ViewContext } from './context';
import { storyFeedLinks, type FeedLink } from './feeds';

export interface ScopeHeadView {
  /** The page's title in the document head ("Claims", or "Claims · <story>" on a story's own pages). */
  title: string;
  /** The story's own feeds, offered before the site's; none on the site-wide pages (the layout offers those). */
  feeds: FeedLink[];
  /** On a story's own pages: the story, linked to its front, above the page's heading. */
  story?: { title: string; href: string };
}

export function scopeHead({ scope, settings }: ViewContext, title: string): ScopeHeadView {
  if (isSiteWide(scope)) return { title, feeds: [] };
  return {
    title: title === scope.title ? title : `${title} · ${scope.title}`,
    feeds: storyFeedLinks(settings.site, scope),
    story: { title: scope.title, href: withBase(scope.routes.home()) },
  };
}
