// The whole story as JSON Feed 1.1, newest reports first.
import type { APIRoute } from 'astro';
import { feedItems, site, story } from '../content';
import { FEED_LENGTH, jsonFeed } from '../lib/feeds';
import { absoluteUrl, paths } from '../lib/routes';

export const GET: APIRoute = (context) =>
  new Response(
    JSON.stringify(
      jsonFeed({
        title: site.name,
        description: site.story.description,
        homeUrl: absoluteUrl(paths.home(), context.site),
        feedUrl: absoluteUrl(paths.jsonFeed(), context.site),
        language: site.language,
        items: story.reportsNewestFirst.slice(0, FEED_LENGTH).map((report) => feedItems.get(report.id)!),
      }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/feed+json' } },
  );
