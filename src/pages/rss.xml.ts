// The whole story as RSS 2.0, newest reports first.
import type { APIRoute } from 'astro';
import { site, story } from '../content';
import { feedItem, rssFeed } from '../lib/feeds';

export const GET: APIRoute = (context) =>
  rssFeed({
    title: site.name,
    description: site.story.description,
    site: context.site,
    language: site.language,
    items: story.feed.map((report) => feedItem(report, context.site)),
  });
