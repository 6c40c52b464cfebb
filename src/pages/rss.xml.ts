// The whole story as RSS 2.0, newest reports first.
import type { APIRoute } from 'astro';
import { site, story } from '../content';
import { feedItems, rssFeed } from '../lib/feeds';

export const GET: APIRoute = (context) =>
  rssFeed({
    title: site.name,
    description: site.story.description,
    site: context.site,
    language: site.language,
    items: feedItems(story.feed, context.site),
  });
