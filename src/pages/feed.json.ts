// The whole story as JSON Feed 1.1, newest reports first.
import type { APIRoute } from 'astro';
import { views } from '../content';
import { jsonFeed } from '../lib/feeds';
import { paths } from '../lib/routes';
import { storyFeedView } from '../lib/views/feeds';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(jsonFeed(storyFeedView(views.context, paths.jsonFeed())), null, 2), {
    headers: { 'Content-Type': 'application/feed+json' },
  });
