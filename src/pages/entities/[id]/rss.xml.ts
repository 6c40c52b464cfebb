// The reports naming one person or organisation, as RSS.
import type { APIRoute, GetStaticPaths } from 'astro';
import { story, views } from '../../../content';
import { rssFeed } from '../../../lib/feeds';
import { entityFeedView, type FeedView } from '../../../lib/views/feeds';

export const getStaticPaths = (() =>
  story.entities.map((entity) => {
    const view = entityFeedView(entity, views.context);
    return { params: { id: entity.id }, props: { view }, cacheKey: views.key(view) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: FeedView }> = ({ props: { view } }) => rssFeed(view);
