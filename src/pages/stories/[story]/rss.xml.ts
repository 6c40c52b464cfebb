// One story's reports as RSS 2.0, newest first.
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPages } from '../../../content';
import { rssFeed } from '../../../lib/feeds';
import { storyFeedView, type FeedView } from '../../../lib/views/feeds';

export const getStaticPaths = (() =>
  storyPages.map(({ front, views }) => {
    const view = storyFeedView(views.context, views.context.scope.routes.rss());
    return { params: { story: front.id }, props: { view }, cacheKey: views.key(view) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: FeedView }> = ({ props: { view } }) => rssFeed(view);
