// One outlet's reports as RSS; for an outlet we only cite, the reports that cite it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { story, views } from '../../../content';
import { rssFeed } from '../../../lib/feeds';
import { outletFeedView, type FeedView } from '../../../lib/views/feeds';

export const getStaticPaths = (() =>
  story.sources.map((source) => {
    const view = outletFeedView(source, views.context);
    return { params: { id: source.id }, props: { view }, cacheKey: views.key(view) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: FeedView }> = ({ props: { view } }) => rssFeed(view);
