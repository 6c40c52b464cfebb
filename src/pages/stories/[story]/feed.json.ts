// One story's reports as JSON Feed 1.1, newest first.
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPages } from '../../../content';
import { jsonFeed } from '../../../lib/feeds';
import { storyFeedView, type FeedView } from '../../../lib/views/feeds';

export const getStaticPaths = (() =>
  storyPages.map(({ front, views }) => {
    const view = storyFeedView(views.context, views.context.scope.routes.jsonFeed());
    return { params: { story: front.id }, props: { view }, cacheKey: views.key(view) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: FeedView }> = ({ props: { view } }) =>
  new Response(JSON.stringify(jsonFeed(view), null, 2), { headers: { 'Content-Type': 'application/feed+json' } });
