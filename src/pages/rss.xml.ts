// The whole story as RSS 2.0, newest reports first.
import type { APIRoute } from 'astro';
import { feedItems, site, story } from '../content';
import { rssFeed } from '../lib/feeds';

export const GET: APIRoute = (context) =>
  rssFeed({
    title: site.name,
    description: site.story.description,
    site: context.site,
    language: site.language,
    items: story.reportsNewestFirst.map((report) => feedItems.get(report.id)!),
  });
