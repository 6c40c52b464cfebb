// The whole story as RSS 2.0, newest reports first.
import type { APIRoute } from 'astro';
import { views } from '../content';
import { rssFeed } from '../lib/feeds';
import { paths } from '../lib/routes';
import { storyFeedView } from '../lib/views/feeds';

export const GET: APIRoute = () => rssFeed(storyFeedView(views.context, paths.rss()));
